# Evne — resident app, Persian (Farsi, Iran). Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = آنچه را می‌دانید و بلدید ثبت کنید

language-title = زبان خود را انتخاب کنید
language-change = تغییر زبان

form-intro = پاسخ‌های شما همان وقتی که می‌نویسید، روی همین تبلت ذخیره می‌شود.

step-of = مرحلهٔ { $step } از { $steps }
step-consent = پیش از شروع
step-about = دربارهٔ شما
step-languages = زبان‌ها
step-education = مدرسه و تحصیلات
step-work = کار
step-skills = مهارت‌های دیگر
step-wishes = آرزوهای شما برای آینده
step-review = بررسی و ارسال
back = بازگشت
next = بعدی
choose = انتخاب کنید …
yes = بله
no = نه
remove = حذف
change = تغییر
edit = تغییر

consent-purpose = اینجا می‌توانید بگویید چه چیزهایی بلدید: زبان، مدرسه، کار و مهارت‌های دیگر. با این کار، پیدا کردن جایی برای زندگی و راهی به کار یا مدرسه در نروژ آسان‌تر می‌شود.
consent-who = اداره‌های اسکان و شهرداری‌ای که قبول می‌کند شما در آنجا ساکن شوید، پاسخ‌های شما را می‌بینند. مشاور شغلی کمپ هم می‌تواند آن‌ها را ببیند.
consent-voluntary = این کار اختیاری است. خودتان تصمیم می‌گیرید به چه چیزهایی پاسخ بدهید.
consent-not-asylum = از پاسخ‌های شما در پروندهٔ پناهندگی‌تان استفاده نمی‌شود.
consent-withdraw = هر وقت بخواهید، می‌توانید «بله»ی خود را پس بگیرید. از کارکنان بپرسید.
consent-assisted = یکی از کارکنان در پر کردن فرم به من کمک می‌کند.
consent-question = آیا می‌خواهید ثبت‌نام کنید؟
consent-yes = بله، می‌خواهم
consent-no = نه، الان نه
declined-title = هیچ چیزی ذخیره نشد
declined-body = شما گفتید نه، پس هیچ چیزی از آنچه نوشتید ذخیره نشده است. هر وقت بخواهید، می‌توانید دوباره شروع کنید.

field-given-name = نام
field-family-name = نام خانوادگی
field-latin-name = نام شما با حروف لاتین (مثل مدارک نروژی)
field-year = سال تولد (میلادی)
field-gender = جنسیت
field-origin = کشوری که از آن آمده‌اید
field-citizenship = تابعیت
field-case-number = شمارهٔ پرونده از UDI (اگر آن را می‌دانید)
field-phone = شمارهٔ تلفن
field-languages = به چه زبان‌هایی حرف می‌زنید؟
field-other-language = یک زبان دیگر
field-mother-tongue = زبان مادری
field-scripts = چه خطی را می‌توانید بخوانید؟
field-literacy = خواندن و نوشتن

education-intro = همهٔ مدرسه‌ها و دوره‌های تحصیلی را که رفته‌اید بنویسید، حتی آن‌هایی را که تمام نکردید.
education-add = اضافه کردن یک مدرسه
education-entry = مدرسهٔ { $number }
field-education-level = چه مقطعی؟
field-education-field = رشته
field-institution = نام مدرسه
field-country = کشور
field-start-year = از سال (میلادی)
field-end-year = تا سال (میلادی)
field-years-completed = تعداد سال‌ها
field-completed = آیا آن را تمام کردید؟
field-documents = آیا مدرک تحصیلی یا کاغذی از آن دارید؟

work-intro = همهٔ کارهایی را که داشته‌اید بنویسید، حتی در کسب‌وکار خودتان، در خانه یا در مزرعه.
work-add = اضافه کردن یک کار
work-entry = کار { $number }
field-occupation = کارتان چه بود؟
occupation-search-hint = یک کلمه بنویسید، مثلاً «آشپز» یا «راننده».
occupation-none-found = چیزی پیدا نشد. کلمهٔ دیگری را امتحان کنید، یا یک زمینه را از پایین انتخاب کنید.
occupation-group = کارتان را پیدا نمی‌کنید؟ یک زمینه انتخاب کنید:
field-job-title = عنوان یا نام کار (با کلمه‌های خودتان)
field-years = تعداد سال‌ها
field-employment = برای دیگران کار می‌کردید یا کار خودتان را داشتید؟
field-tasks = در این کار چه می‌کردید؟
field-tools = ابزار و دستگاه‌هایی که استفاده می‌کردید

field-licences = گواهینامهٔ رانندگی
field-digital = تلفن و کامپیوتر
field-certificates = دوره‌ها و گواهی‌ها
field-certificate = دوره یا گواهی
certificate-add = اضافه کردن یک دوره
field-crafts = کارهای دستی و مهارت‌های عملی
field-volunteer = کار داوطلبانه

field-wished-work = می‌خواهید در نروژ چه کاری بکنید؟
field-wished-work-add = اضافه کردن یک کار
field-wished-education = می‌خواهید چه چیزی درس بخوانید؟
field-region = می‌خواهید در کجای نروژ زندگی کنید؟
field-availability = از کی می‌توانید شروع کنید؟
field-planning-voluntary = اختیاری: فقط اگر خودتان بخواهید.
field-planning-notes = سلامتی یا چیزهای دیگری که شهرداری برای برنامه‌ریزی باید بداند

review-fix = بعضی از پاسخ‌ها کم است یا باید درست شود:
review-empty = پاسخ داده نشده.
years-count =
    { $count ->
        [one] { $count } سال
       *[other] { $count } سال
    }

submit = ارسال ثبت‌نام من
submit-fix = لطفاً پاسخ‌هایی را که با رنگ قرمز مشخص شده‌اند ببینید.

status-draft = روی این تبلت ذخیره شد.
status-queued =
    { $count ->
        [one] { $count } ثبت‌نام منتظر ارسال است.
       *[other] { $count } ثبت‌نام منتظر ارسال است.
    }
status-offline = الان اینترنت وصل نیست. ثبت‌نام وقتی اینترنت وصل شد ارسال می‌شود.
status-sent = ثبت‌نام شما ارسال شد.
status-rejected = یک ثبت‌نام ارسال نشد. لطفاً از کارکنان کمک بخواهید.

sent-title = متشکریم!
sent-body = ثبت‌نام شما امن است. به محض اینکه اینترنت وصل شود، به دفتر اسکان فرستاده می‌شود. بعد از آن، هیچ چیزی از آن روی این تبلت نمی‌ماند.
new-registration = شروع یک ثبت‌نام جدید
read-aloud = خواندن با صدای بلند
bilingual-toggle = نمایش متن نروژی هم
resume-code-yours = کد شما: { $code }. آن را یادداشت کنید. اگر وسط کار استراحت کنید، به آن نیاز دارید.
resume-open = ادامهٔ یک ثبت‌نام
resume-code = کد خود را بنویسید (۴ رقم)
resume-submit = ادامه
resume-wrong-code = کد درست نیست. دوباره امتحان کنید.
resume-too-many = تلاش‌های اشتباه زیاد شد. پنج دقیقه صبر کنید یا از کارکنان بپرسید.
done-next = بعد از این چه می‌شود: اداره‌های اسکان ثبت‌نام شما را می‌خوانند. وقتی یک شهرداری قبول کند که شما در آنجا ساکن شوید، ثبت‌نام شما به آن شهرداری داده می‌شود. اگر سؤالی دارید، از کارکنان بپرسید.
print-copy = چاپ یک نسخه برای من
print-title = ثبت‌نام من در Evne

error-required = لطفاً به این پاسخ بدهید.
error-too-long = متن خیلی طولانی است.
error-invalid-text = در متن حروفی هست که نمی‌شود از آن‌ها استفاده کرد.
error-year-too-early = این سال خیلی قدیمی است. لطفاً سال میلادی را دوباره بررسی کنید.
error-too-young = برای ثبت‌نام در اینجا باید دست‌کم ۱۵ سال داشته باشید.
error-year-out-of-range = لطفاً سال میلادی را بررسی کنید. سال نمی‌تواند پیش از تولد شما یا بعد از امسال باشد.
error-end-before-start = سال پایان پیش از سال شروع است.
error-years-out-of-range = لطفاً تعداد سال‌ها را بررسی کنید.
error-too-many = تعداد خیلی زیاد است. چندتا را حذف کنید.
error-duplicate = این دو بار انتخاب شده است.
error-choose-again = لطفاً دوباره انتخاب کنید.
error-case-number = شمارهٔ پرونده ۱۲ رقم دارد، مثلاً ⁦2019 123456 01⁩.
error-phone = شمارهٔ تلفن را فقط با عدد بنویسید، مثلاً ⁦+47 912 34 567⁩.
error-consent = پیش از ارسال، باید «بله» بگویید.
error-storage = توجه: پاسخ شما روی این تبلت ذخیره نشد. لطفاً از کارکنان کمک بخواهید.

error-private-mode = این پنجرهٔ مرورگر چیزهایی را که می‌نویسید نگه نمی‌دارد (مرور خصوصی). لطفاً از کارکنان بخواهید به‌جای آن، برنامهٔ Evne را باز کنند.
error-app-load = ثبت‌نام هنوز بارگیری نشد. خودش دوباره تلاش می‌کند. اگر ادامه داشت، از کارکنان کمک بخواهید.
error-no-key = این تبلت هنوز نمی‌تواند ثبت‌نام‌ها را ارسال کند. لطفاً از کارکنان بخواهید یک بار آن را به اینترنت وصل کنند.

# صفحهٔ تبلت، برای کارکنان کمپ. هیچ اطلاعات شخصی در آن نشان داده نمی‌شود.
tablet-open = وضعیت تبلت (برای کارکنان)
tablet-title = وضعیت تبلت
tablet-back = بازگشت
tablet-storage-kept = مرورگر داده‌های این برنامه را نگه می‌دارد.
tablet-storage-not-kept = اگر جا کم شود، مرورگر ممکن است داده‌های این برنامه را پاک کند. برنامه را روی صفحهٔ اصلی نصب کنید تا داده‌ها نگه داشته شوند.
tablet-storage-used = { $percent }٪ از فضای ذخیره‌سازی پر شده است.
tablet-storage-full = فضای ذخیره‌سازی تقریباً پر است. ثبت‌نام‌های منتظر را ارسال کنید و روی تبلت جا باز کنید.
tablet-storage-unknown = مرورگر نشان نمی‌دهد چه مقدار از فضای ذخیره‌سازی پر شده است.
tablet-queue-title = ثبت‌نام‌هایی که منتظر ارسال‌اند
tablet-queue-empty = چیزی منتظر نیست.
tablet-entry =
    { $minutes } دقیقه در انتظار، { $attempts ->
        [one] { $attempts } بار تلاش شده.
       *[other] { $attempts } بار تلاش شده.
    }
tablet-entry-error-offline = آخرین تلاش: اینترنت وصل نبود.
tablet-entry-error = آخرین تلاش — پاسخ سرور: { $detail }
tablet-entry-refused = سرور آن را رد کرد. روی این تبلت می‌ماند. با پشتیبانی تماس بگیرید.
tablet-entry-attention = نیاز به پیگیری: بیش از یک روز است که منتظر مانده.
tablet-send-now = الان ارسال کنید
tablet-update-ready = نسخهٔ جدید برنامه آماده است. پیش از ثبت‌نام بعدی اجرا می‌شود.
tablet-update-now = الان به‌روزرسانی کنید
tablet-draft-expires = یک ثبت‌نام نیمه‌کاره روی این تبلت هست. اگر کسی آن را ادامه ندهد، { $minutes } دقیقهٔ دیگر پاک می‌شود.
tablet-idle-hours = پاک کردن ثبت‌نام‌های نیمه‌کاره بعد از
tablet-hours = { $hours } ساعت
tablet-device = شناسهٔ تبلت: { $id }
status-not-enrolled = این تبلت هنوز فعال نشده است، برای همین چیزی ارسال نمی‌شود. لطفاً از کارکنان بپرسید.
tablet-enrol-title = ثبت این تبلت
tablet-enrol-intro = کارکنان کمپ: برای ثبت این تبلت برای کمپ خودتان وارد شوید. اطلاعات ورود شما فقط برای همین کار استفاده می‌شود و روی تبلت ذخیره نمی‌شود.
tablet-enrol-username = نام کاربری
tablet-enrol-password = رمز عبور
tablet-enrol-submit = ثبت تبلت
tablet-enrol-failed-login = نام کاربری یا رمز عبور اشتباه است.
tablet-enrol-failed-locked = تعداد تلاش‌های ناموفق زیاد است. ۱۵ دقیقه صبر کنید و دوباره امتحان کنید.
tablet-enrol-failed-role = این کاربر نمی‌تواند تبلت ثبت کند (فقط کارکنان کمپ می‌توانند)، یا باید اول رمز عبور خود را عوض کند.
tablet-enrol-failed-network = ارتباط با سرور برقرار نمی‌شود. تبلت را به اینترنت وصل کنید و دوباره امتحان کنید.
tablet-retry-refused = ارسال دوبارهٔ ثبت‌نام‌های ردشده

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = ثبت‌نام‌های نیمه‌کاره روی این تبلت
tablet-lock-none = ثبت‌نام‌های نیمه‌کاره هنوز با قفل صفحهٔ این تبلت قفل نشده‌اند: هر کسی که یک کپی از فایل‌های مرورگر داشته باشد، می‌تواند آن‌ها را باز کند.
tablet-lock-set = قفل کردن ثبت‌نام‌های نیمه‌کاره با قفل صفحهٔ تبلت
tablet-lock-unsupported = این مرورگر نمی‌تواند ثبت‌نام‌های نیمه‌کاره را با قفل صفحهٔ تبلت قفل کند. از یک مرورگر به‌روز روی تبلتی که قفل صفحه دارد استفاده کنید.
tablet-lock-locked = ثبت‌نام‌های نیمه‌کارهٔ ذخیره‌شده از وقتی برنامه شروع شد، قفل هستند. برای ادامهٔ یک ثبت‌نام ذخیره‌شده، قفل آن‌ها را با قفل صفحهٔ تبلت باز کنید.
tablet-unlock = باز کردن قفل با قفل صفحهٔ تبلت
tablet-lock-unlocked = ثبت‌نام‌های نیمه‌کاره با قفل صفحهٔ تبلت محافظت می‌شوند و تا اجرای دوبارهٔ برنامه باز می‌مانند.
tablet-lock-failed = قفل صفحه جواب نداد. دوباره امتحان کنید.
drafts-locked = ثبت‌نام‌های ذخیره‌شده روی این تبلت قفل هستند. یکی از کارکنان می‌تواند قفل آن‌ها را در صفحهٔ وضعیت تبلت باز کند. می‌توانید یک ثبت‌نام جدید شروع کنید.
