# Evne — resident app, Dari (Afghanistan). Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = آنچه را می‌دانید و یاد دارید ثبت کنید

language-title = زبان خود را انتخاب کنید
language-change = تبدیل زبان

form-intro = جواب‌های شما در وقت نوشتن در همین تبلیت ذخیره می‌شود.

step-of = مرحلهٔ { $step } از { $steps }
step-consent = پیش از شروع
step-about = دربارهٔ شما
step-languages = زبان‌ها
step-education = مکتب و تحصیلات
step-work = کار
step-skills = مهارت‌های دیگر
step-wishes = آرزوهای شما برای آینده
step-review = بررسی و ارسال
back = برگشت
next = بعدی
choose = انتخاب کنید …
yes = بلی
no = نخیر
remove = حذف
change = تبدیل
edit = تبدیل

consent-purpose = در اینجا می‌توانید بگویید که چه چیزها را یاد دارید: زبان، مکتب، کار و مهارت‌های دیگر. با این کار، پیدا کردن جای زندگی و راهی به کار یا مکتب در ناروی آسان‌تر می‌شود.
consent-who = ادارهٔ اسکان و شاروالی‌ای که قبول می‌کند شما در آنجا جابجا شوید، جواب‌های شما را می‌بینند. مشاور شغلی کمپ هم آن‌ها را دیده می‌تواند.
consent-voluntary = این کار اختیاری است. خود شما تصمیم می‌گیرید که به چه چیزها جواب بدهید.
consent-not-asylum = از جواب‌های شما در دوسیهٔ پناهندگی شما استفاده نمی‌شود.
consent-withdraw = هر وقت که بخواهید، می‌توانید «بلی» خود را پس بگیرید. از کارمندان بپرسید.
consent-assisted = یک کارمند در پر کردن فورم با من کمک می‌کند.
consent-question = آیا می‌خواهید ثبت‌نام کنید؟
consent-yes = بلی، می‌خواهم
consent-no = نخیر، حالا نه
declined-title = هیچ چیز ذخیره نشد
declined-body = شما «نخیر» گفتید، برای همین هیچ چیزی که نوشتید ذخیره نشده است. هر وقت که بخواهید، می‌توانید از نو شروع کنید.

field-given-name = نام
field-family-name = تخلص
field-latin-name = نام شما به حروف لاتین (مثل اسناد ناروی)
field-year = سال تولد (میلادی)
field-gender = جنسیت
field-origin = کشوری که از آن آمده‌اید
field-citizenship = تابعیت
field-case-number = نمبر دوسیه از UDI (اگر آن را می‌دانید)
field-phone = نمبر تلیفون
field-languages = به کدام زبان‌ها گپ می‌زنید؟
field-other-language = یک زبان دیگر
field-mother-tongue = زبان مادری
field-scripts = کدام خط را خوانده می‌توانید؟
field-literacy = خواندن و نوشتن

education-intro = همهٔ مکتب‌ها و درس‌هایی را که خوانده‌اید بنویسید، حتی آن‌هایی را که تمام نکردید.
education-add = اضافه کردن یک مکتب
education-entry = مکتب { $number }
field-education-level = کدام سطح؟
field-education-field = رشته
field-institution = نام مکتب
field-country = کشور
field-start-year = از سال (میلادی)
field-end-year = تا سال (میلادی)
field-years-completed = تعداد سال‌ها
field-completed = آیا آن را تمام کردید؟
field-documents = آیا شهادت‌نامه یا اسناد دارید؟

work-intro = همهٔ کارهایی را که داشته‌اید بنویسید، حتی در کاروبار شخصی، در خانه یا در زمین زراعتی.
work-add = اضافه کردن یک کار
work-entry = کار { $number }
field-occupation = کار شما چه بود؟
occupation-search-hint = یک کلمه بنویسید، مثلاً «آشپز» یا «دریور».
occupation-none-found = چیزی پیدا نشد. کلمهٔ دیگری را امتحان کنید، یا یک ساحه را از پایین انتخاب کنید.
occupation-group = کار خود را پیدا نمی‌کنید؟ یک ساحه را انتخاب کنید:
field-job-title = عنوان یا نام کار (با کلمه‌های خود شما)
field-years = تعداد سال‌ها
field-employment = برای دیگران کار می‌کردید یا کار شخصی خود را داشتید؟
field-tasks = در این کار چه می‌کردید؟
field-tools = افزار و ماشین‌هایی که استفاده می‌کردید

field-licences = لایسنس رانندگی
field-digital = تلیفون و کمپیوتر
field-certificates = کورس‌ها و سرتفیکت‌ها
field-certificate = کورس یا سرتفیکت
certificate-add = اضافه کردن یک کورس
field-crafts = کارهای دستی و مهارت‌های عملی
field-volunteer = کار رضاکارانه

field-wished-work = در ناروی چه کاری می‌خواهید بکنید؟
field-wished-work-add = اضافه کردن یک کار
field-wished-education = چه چیزی می‌خواهید درس بخوانید؟
field-region = در کجای ناروی می‌خواهید زندگی کنید؟
field-availability = از چه وقت می‌توانید شروع کنید؟
field-planning-voluntary = اختیاری: تنها اگر خود شما بخواهید.
field-planning-notes = صحت یا چیزهای دیگری که شاروالی برای پلان‌گذاری باید بداند

review-fix = بعضی جواب‌ها نیست یا باید درست شود:
review-empty = جواب داده نشده.
years-count =
    { $count ->
        [one] { $count } سال
       *[other] { $count } سال
    }

submit = ارسال ثبت‌نام من
submit-fix = لطفاً جواب‌هایی را که به رنگ سرخ نشانی شده‌اند ببینید.

status-draft = در این تبلیت ذخیره شد.
status-queued =
    { $count ->
        [one] { $count } ثبت‌نام در انتظار ارسال است.
       *[other] { $count } ثبت‌نام در انتظار ارسال است.
    }
status-offline = فعلاً انترنت وصل نیست. ثبت‌نام وقتی انترنت وصل شد، ارسال می‌شود.
status-sent = ثبت‌نام شما ارسال شد.
status-rejected = یک ثبت‌نام ارسال نشد. لطفاً از کارمندان کمک بخواهید.

sent-title = تشکر!
sent-body = ثبت‌نام شما در امان است. همین که انترنت وصل شد، به دفتر اسکان فرستاده می‌شود. بعد از آن، هیچ چیز آن در این تبلیت باقی نمی‌ماند.
new-registration = شروع یک ثبت‌نام نو
read-aloud = خواندن با آواز بلند
bilingual-toggle = نارویژی هم نشان داده شود
resume-code-yours = کود شما: { $code }. آن را یادداشت کنید. اگر کمی استراحت کنید، به آن ضرورت دارید.
resume-open = ادامهٔ یک ثبت‌نام
resume-code = کود خود را بنویسید (۴ رقم)
resume-submit = ادامه
resume-wrong-code = کود درست نیست. دوباره کوشش کنید.
resume-too-many = کوشش‌های غلط زیاد شد. پنج دقیقه صبر کنید، یا از کارمندان بپرسید.
done-next = بعد از این چه می‌شود: ادارهٔ اسکان ثبت‌نام شما را می‌خواند. وقتی یک شاروالی قبول کند که شما در آنجا جابجا شوید، ثبت‌نام شما به آن شاروالی داده می‌شود. اگر سوالی دارید، از کارمندان بپرسید.
print-copy = چاپ یک کاپی برای من
print-title = ثبت‌نام من در Evne

error-required = لطفاً به این جواب بدهید.
error-too-long = متن بسیار دراز است.
error-invalid-text = در متن حروفی است که استفاده شده نمی‌تواند.
error-year-too-early = این سال بسیار پیش است. لطفاً سال میلادی را دوباره ببینید.
error-too-young = برای ثبت‌نام در اینجا باید حداقل ۱۵ ساله باشید.
error-year-out-of-range = لطفاً سال میلادی را دوباره ببینید. سال پیش از تولد شما یا بعد از امسال بوده نمی‌تواند.
error-end-before-start = سال ختم پیش از سال شروع است.
error-years-out-of-range = لطفاً تعداد سال‌ها را دوباره ببینید.
error-too-many = بسیار زیاد است. چند تا را حذف کنید.
error-duplicate = این دو بار انتخاب شده است.
error-choose-again = لطفاً دوباره انتخاب کنید.
error-case-number = نمبر دوسیه ۱۲ رقم دارد، مثلاً ⁦2019 123456 01⁩.
error-phone = نمبر تلیفون را تنها با عدد بنویسید، مثلاً ⁦+47 912 34 567⁩.
error-consent = پیش از ارسال، باید «بلی» بگویید.
error-storage = توجه: جواب شما در این تبلیت ذخیره نشد. لطفاً از کارمندان کمک بخواهید.

error-private-mode = این صفحهٔ براوزر چیزهایی را که می‌نویسید نگه نمی‌دارد (مرور خصوصی). لطفاً از کارمندان بخواهید که به جای آن، اپلیکیشن Evne را باز کنند.
error-app-load = ثبت‌نام هنوز بارگیری نشد. خودش دوباره کوشش می‌کند. اگر ادامه یافت، از کارمندان کمک بخواهید.
error-no-key = این تبلیت هنوز ثبت‌نام‌ها را ارسال کرده نمی‌تواند. لطفاً از کارمندان بخواهید که آن را یک بار به انترنت وصل کنند.

# صفحهٔ تبلیت، برای کارمندان کمپ. هیچ معلومات شخصی در آن نشان داده نمی‌شود.
tablet-open = وضعیت تبلیت (برای کارمندان)
tablet-title = وضعیت تبلیت
tablet-back = برگشت
tablet-storage-kept = براوزر معلومات این اپلیکیشن را نگه می‌دارد.
tablet-storage-not-kept = اگر جای خالی کم شود، براوزر ممکن است معلومات این اپلیکیشن را پاک کند. اپلیکیشن را در صفحهٔ اصلی نصب کنید تا معلومات نگه داشته شود.
tablet-storage-used = { $percent }٪ حافظه استفاده شده است.
tablet-storage-full = حافظه تقریباً پر است. ثبت‌نام‌های منتظر را ارسال کنید و در تبلیت جای خالی بسازید.
tablet-storage-unknown = براوزر نشان نمی‌دهد که چقدر حافظه استفاده شده است.
tablet-queue-title = ثبت‌نام‌هایی که در انتظار ارسال هستند
tablet-queue-empty = هیچ چیز در انتظار نیست.
tablet-entry =
    { $minutes } دقیقه در انتظار، { $attempts ->
        [one] { $attempts } بار کوشش شده.
       *[other] { $attempts } بار کوشش شده.
    }
tablet-entry-error-offline = آخرین کوشش: انترنت وصل نبود.
tablet-entry-error = آخرین کوشش — جواب سرور: { $detail }
tablet-entry-refused = سرور آن را رد کرد. در این تبلیت باقی می‌ماند. با بخش پشتیبانی تماس بگیرید.
tablet-entry-attention = پیگیری لازم است: بیشتر از یک شبانه‌روز است که در انتظار است.
tablet-send-now = حالا ارسال کنید
tablet-update-ready = نسخهٔ نو اپلیکیشن آماده است. پیش از ثبت‌نام بعدی شروع می‌شود.
tablet-update-now = حالا آپدیت کنید
tablet-draft-expires = یک ثبت‌نام نیمه‌تمام در این تبلیت است. اگر کسی آن را ادامه ندهد، بعد از { $minutes } دقیقه پاک می‌شود.
tablet-idle-hours = پاک کردن ثبت‌نام‌های نیمه‌تمام بعد از
tablet-hours = { $hours } ساعت
tablet-device = آی‌دی تبلیت: { $id }
status-not-enrolled = این تبلیت هنوز فعال نشده، برای همین هیچ چیز ارسال شده نمی‌تواند. لطفاً از کارمندان بپرسید.
tablet-enrol-title = ثبت این تبلیت
tablet-enrol-intro = کارمندان کمپ: برای ثبت این تبلیت برای کمپ خود، داخل حساب خود شوید. معلومات ورود شما تنها برای همین کار استفاده می‌شود و در تبلیت ذخیره نمی‌شود.
tablet-enrol-username = نام کاربری
tablet-enrol-password = رمز عبور
tablet-enrol-submit = ثبت تبلیت
tablet-enrol-failed-login = نام کاربری یا رمز عبور غلط است.
tablet-enrol-failed-locked = کوشش‌های ناکام زیاد شد. ۱۵ دقیقه صبر کنید و دوباره کوشش کنید.
tablet-enrol-failed-role = این کاربر اجازهٔ ثبت تبلیت را ندارد (تنها کارمندان یک کمپ می‌توانند)، یا باید اول رمز عبور خود را تبدیل کند.
tablet-enrol-failed-network = تبلیت به سرور وصل شده نمی‌تواند. آن را به انترنت وصل کنید و دوباره کوشش کنید.
tablet-retry-refused = کوشش دوباره برای ثبت‌نام‌های ردشده

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = ثبت‌نام‌های نیمه‌تمام در این تبلیت
tablet-lock-none = ثبت‌نام‌های نیمه‌تمام هنوز با قفل صفحهٔ این تبلیت قفل نشده‌اند: کسی که یک کاپی از فایل‌های براوزر داشته باشد، آن‌ها را باز کرده می‌تواند.
tablet-lock-set = ثبت‌نام‌های نیمه‌تمام را با قفل صفحهٔ تبلیت قفل کنید
tablet-lock-unsupported = این براوزر ثبت‌نام‌های نیمه‌تمام را با قفل صفحهٔ تبلیت قفل کرده نمی‌تواند. یک براوزر آپدیت‌شده را در تبلیتی که قفل صفحه دارد استفاده کنید.
tablet-lock-locked = ثبت‌نام‌های نیمه‌تمام ذخیره‌شده از وقتی که اپلیکیشن شروع شد، قفل هستند. برای ادامهٔ یک ثبت‌نام ذخیره‌شده، آن‌ها را با قفل صفحهٔ تبلیت باز کنید.
tablet-unlock = با قفل صفحهٔ تبلیت باز کنید
tablet-lock-unlocked = ثبت‌نام‌های نیمه‌تمام با قفل صفحهٔ تبلیت محافظت می‌شوند و تا شروع دوبارهٔ اپلیکیشن باز می‌مانند.
tablet-lock-failed = قفل صفحه جواب نداد. دوباره کوشش کنید.
drafts-locked = ثبت‌نام‌های ذخیره‌شده در این تبلیت قفل هستند. یک کارمند می‌تواند آن‌ها را در صفحهٔ وضعیت تبلیت باز کند. شما می‌توانید یک ثبت‌نام نو شروع کنید.
