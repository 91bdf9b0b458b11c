# Evne — resident app, Ukrainian. Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = Запишіть, що ви знаєте і вмієте

language-title = Виберіть свою мову
language-change = Змінити мову

form-intro = Ваші відповіді зберігаються на цьому планшеті, поки ви пишете.

step-of = Крок { $step } з { $steps }
step-consent = Перш ніж почати
step-about = Про вас
step-languages = Мови
step-education = Школа й освіта
step-work = Робота
step-skills = Інші вміння
step-wishes = Побажання на майбутнє
step-review = Перевірити й надіслати
back = Назад
next = Далі
choose = Виберіть …
yes = Так
no = Ні
remove = Видалити
change = Змінити
edit = Змінити

consent-purpose = Тут ви можете розповісти, що ви вмієте: мови, школа, робота та інші вміння. Так буде легше знайти, де жити, і шлях до роботи або навчання в Норвегії.
consent-who = Ваші відповіді побачать служба з розселення і муніципалітет, який погодиться прийняти вас на проживання. Кар’єрний консультант у центрі теж може їх бачити.
consent-voluntary = Це добровільно. Ви самі вирішуєте, на що відповідати.
consent-not-asylum = Ваші відповіді не використовують у вашій справі про притулок.
consent-withdraw = Ви можете будь-коли забрати свою згоду. Зверніться до працівників центру.
consent-assisted = Мені допомагає заповнювати працівник центру.
consent-question = Ви хочете зареєструватися?
consent-yes = Так, хочу
consent-no = Ні, не зараз
declined-title = Нічого не збережено
declined-body = Ви сказали «ні», тому нічого з того, що ви написали, не збережено. Ви можете почати знову, коли захочете.

field-given-name = Ім’я
field-family-name = Прізвище
field-latin-name = Ваше ім’я латинськими літерами (як у норвезьких документах)
field-year = Рік народження
field-gender = Стать
field-origin = Країна, з якої ви приїхали
field-citizenship = Громадянство
field-case-number = Номер справи в UDI (якщо ви його знаєте)
field-phone = Номер телефону
field-languages = Якими мовами ви розмовляєте?
field-other-language = Інша мова
field-mother-tongue = Рідна мова
field-scripts = Яку абетку ви вмієте читати?
field-literacy = Читання і письмо

education-intro = Додайте всі школи й місця, де ви навчалися, також ті, які ви не закінчили.
education-add = Додати школу
education-entry = Школа { $number }
field-education-level = Який рівень?
field-education-field = Предмет або спеціальність
field-institution = Назва школи
field-country = Країна
field-start-year = З якого року
field-end-year = До якого року
field-years-completed = Скільки років
field-completed = Ви закінчили навчання?
field-documents = У вас є диплом або документи?

work-intro = Додайте всі роботи, які у вас були, також у власній справі, удома або на фермі.
work-add = Додати роботу
work-entry = Робота { $number }
field-occupation = Яка це була робота?
occupation-search-hint = Напишіть слово, наприклад «кухар» або «водій».
occupation-none-found = Нічого не знайдено. Спробуйте інше слово або виберіть сферу нижче.
occupation-group = Не знаходите роботу? Виберіть сферу:
field-job-title = Назва роботи або посади (своїми словами)
field-years = Скільки років
field-employment = Наймана робота чи власна справа?
field-tasks = Що ви робили на цій роботі?
field-tools = Інструменти й машини, якими ви користувалися

field-licences = Водійське посвідчення
field-digital = Телефон і комп’ютер
field-certificates = Курси та сертифікати
field-certificate = Курс або сертифікат
certificate-add = Додати курс
field-crafts = Ремесла та практичні вміння
field-volunteer = Волонтерська робота

field-wished-work = Яку роботу ви хочете робити в Норвегії?
field-wished-work-add = Додати роботу
field-wished-education = Яку освіту ви хочете здобути?
field-region = Де в Норвегії ви хочете жити?
field-availability = Коли ви можете почати?
field-planning-voluntary = Добровільно: тільки якщо ви хочете.
field-planning-notes = Здоров’я або інше, що муніципалітет має знати для планування

review-fix = Деяких відповідей немає, або їх треба виправити:
review-empty = Немає відповіді.
years-count =
    { $count ->
        [one] { $count } рік
        [few] { $count } роки
        [many] { $count } років
       *[other] { $count } року
    }

submit = Надіслати мою реєстрацію
submit-fix = Перевірте відповіді, позначені червоним.

status-draft = Збережено на цьому планшеті.
status-queued =
    { $count ->
        [one] { $count } реєстрація чекає на надсилання.
        [few] { $count } реєстрації чекають на надсилання.
        [many] { $count } реєстрацій чекають на надсилання.
       *[other] { $count } реєстрації чекають на надсилання.
    }
status-offline = Зараз немає інтернету. Реєстрацію буде надіслано, коли інтернет з’явиться знову.
status-sent = Вашу реєстрацію надіслано.
status-rejected = Одну реєстрацію не вдалося надіслати. Попросіть працівників центру про допомогу.

sent-title = Дякуємо!
sent-body = Ваша реєстрація в безпеці. Її надішлють до служби з розселення, щойно з’явиться інтернет. Після цього на планшеті від неї нічого не залишиться.
new-registration = Почати нову реєстрацію

error-required = Дайте відповідь на це питання.
error-too-long = Текст занадто довгий.
error-invalid-text = У тексті є знаки, які не можна використовувати.
error-year-too-early = Цей рік занадто ранній. Перевірте його ще раз.
error-too-young = Щоб зареєструватися тут, вам має бути щонайменше 15 років.
error-year-out-of-range = Перевірте рік. Він не може бути раніше за рік вашого народження або пізніше за цей рік.
error-end-before-start = Рік закінчення раніший за рік початку.
error-years-out-of-range = Перевірте кількість років.
error-too-many = Їх забагато. Видаліть деякі.
error-duplicate = Це вибрано двічі.
error-choose-again = Виберіть ще раз.
error-case-number = Номер справи має 12 цифр, наприклад 2019 123456 01.
error-phone = Напишіть номер телефону лише цифрами, наприклад +47 912 34 567.
error-consent = Щоб надіслати, ви маєте відповісти «так».
error-storage = Вашу відповідь НЕ збережено на цьому планшеті. Попросіть працівників центру про допомогу.

error-private-mode = Це вікно браузера не зберігає те, що ви пишете (приватний режим). Попросіть працівників центру відкрити замість нього застосунок Evne.
error-no-key = Цей планшет ще не може надсилати реєстрації. Попросіть працівників центру один раз підключити його до інтернету.

# Екран планшета, для працівників центру прийому. Тут не показано жодних особистих даних.
tablet-open = Стан планшета (для працівників)
tablet-title = Стан планшета
tablet-back = Назад
tablet-storage-kept = Браузер зберігає дані застосунку.
tablet-storage-not-kept = Браузер може видалити дані застосунку, коли закінчується місце. Установіть застосунок на головний екран, тоді дані збережуться.
tablet-storage-used = Використано { $percent } % пам’яті.
tablet-storage-full = Пам’ять майже заповнена. Надішліть реєстрації, що чекають, і звільніть місце на планшеті.
tablet-storage-unknown = Браузер не показує, скільки пам’яті використано.
tablet-queue-title = Реєстрації, що чекають на надсилання
tablet-queue-empty = Нічого не чекає.
tablet-entry =
    Чекає { $minutes } хв, { $attempts ->
        [one] { $attempts } спроба.
        [few] { $attempts } спроби.
        [many] { $attempts } спроб.
       *[other] { $attempts } спроби.
    }
tablet-entry-error-offline = Остання спроба: немає інтернету.
tablet-entry-error = Остання спроба: сервер відповів { $detail }.
tablet-entry-refused = Відхилено сервером. Реєстрація залишається на цьому планшеті. Зверніться до служби підтримки.
tablet-entry-attention = Потребує уваги: чекає вже понад добу.
tablet-send-now = Надіслати зараз
tablet-update-ready = Нова версія застосунку готова. Вона запуститься перед наступною реєстрацією.
tablet-update-now = Оновити зараз
tablet-draft-expires = Незавершену реєстрацію на цьому планшеті буде видалено через { $minutes } хв, якщо ніхто її не продовжить.
tablet-idle-hours = Видаляти незавершені реєстрації через
tablet-hours = { $hours } год
tablet-device = ID планшета: { $id }
status-not-enrolled = Цей планшет ще не підключено, тому нічого не можна надіслати. Зверніться до працівників центру.
tablet-enrol-title = Зареєструвати цей планшет
tablet-enrol-intro = Працівники центру прийому: увійдіть, щоб зареєструвати цей планшет для вашого центру. Дані для входу використовуються лише для цього і не зберігаються на планшеті.
tablet-enrol-username = Ім’я користувача
tablet-enrol-password = Пароль
tablet-enrol-submit = Зареєструвати планшет
tablet-enrol-failed-login = Неправильне ім’я користувача або пароль.
tablet-enrol-failed-locked = Забагато невдалих спроб. Зачекайте 15 хвилин і спробуйте ще раз.
tablet-enrol-failed-role = Цей користувач не може реєструвати планшети (це можуть лише працівники центру прийому) або спочатку має змінити пароль.
tablet-enrol-failed-network = Немає з’єднання із сервером. Підключіть планшет до інтернету і спробуйте ще раз.
tablet-retry-refused = Повторити відхилені
