# Evne — resident app, Arabic.
app-title = Evne
app-tagline = سجّل ما تعرفه وما تستطيع عمله

language-title = اختر لغتك
language-missing = لغتي ليست هنا
language-missing-title = ما اللغة التي تتحدثها؟
language-missing-noted = شكرًا لك. لقد سجّلنا لغتك.
language-missing-staff = يُرجى عرض هذه الشاشة على الموظفين. سيجدون لك مترجمًا فوريًا.
language-change = غيّر اللغة

form-intro = تُحفظ إجاباتك على هذا الجهاز وأنت تكتب.

step-of = الخطوة { $step } من { $steps }
step-consent = قبل أن نبدأ
step-about = معلومات عنك
step-languages = اللغات
step-education = المدرسة والتعليم
step-work = العمل
step-skills = مهارات أخرى
step-wishes = أمنياتك للمستقبل
step-review = راجع وأرسل
back = رجوع
next = التالي
choose = اختر …
yes = نعم
no = لا
remove = احذف
change = غيّر
edit = غيّر

consent-purpose = هنا يمكنك أن تقول ما تعرفه وما تستطيع عمله: اللغات والمدرسة والعمل والمهارات الأخرى. هذا يسهّل إيجاد مكان تسكن فيه وطريق إلى العمل أو الدراسة في النرويج.
consent-who = سلطات التوطين والبلدية التي توافق على توطينك سترى إجاباتك. ويستطيع مستشار التوجيه المهني في مركز الاستقبال أن يراها أيضًا.
consent-voluntary = هذا اختياري. أنت تقرر بنفسك بماذا تجيب.
consent-not-asylum = لا تُستخدم إجاباتك في قضية لجوئك.
consent-withdraw = يمكنك أن تسحب موافقتك في أي وقت. اسأل الموظفين.
consent-assisted = أحد الموظفين يساعدني في ملء الإجابات.
consent-question = هل تريد أن تسجّل؟
consent-yes = نعم، أريد
consent-no = لا، ليس الآن
declined-title = لم يتم حفظ أي شيء
declined-body = قلت لا، لذلك لم يتم حفظ أي شيء مما كتبته. يمكنك أن تبدأ من جديد متى شئت.

field-given-name = الاسم الأول
field-family-name = اسم العائلة
field-latin-name = اسمك بالحروف اللاتينية (كما في الأوراق النرويجية)
field-year = سنة الميلاد
field-gender = الجنس
field-origin = البلد الذي أتيت منه
field-citizenship = الجنسية
field-case-number = رقم القضية من UDI (إذا كنت تعرفه)
field-phone = رقم الهاتف
field-languages = ما اللغات التي تتكلمها؟
field-other-language = لغة أخرى
field-mother-tongue = اللغة الأم
field-scripts = بأي حروف تستطيع أن تقرأ؟
field-literacy = القراءة والكتابة

education-intro = اكتب كل المدارس والدراسات التي درست فيها، حتى التي لم تُكملها.
education-add = أضف مدرسة
education-entry = المدرسة { $number }
field-education-level = ما المستوى؟
field-education-field = المادة أو التخصص
field-institution = اسم المدرسة
field-country = البلد
field-start-year = من سنة
field-end-year = إلى سنة
field-years-completed = عدد السنوات
field-completed = هل أكملت الدراسة؟
field-documents = هل لديك شهادة أو أوراق؟

work-intro = اكتب كل الأعمال التي عملت فيها، حتى في عملك الخاص أو في البيت أو في المزرعة.
work-add = أضف عملًا
work-entry = العمل { $number }
field-occupation = ما هو العمل؟
occupation-search-hint = اكتب كلمة، مثلًا «طباخ» أو «سائق».
occupation-none-found = لم نجد شيئًا. جرّب كلمة أخرى، أو اختر مجالًا من القائمة تحت.
occupation-group = لم تجد العمل؟ اختر مجالًا:
field-job-title = اسم العمل أو المسمّى الوظيفي (بكلماتك)
field-years = عدد السنوات
field-employment = موظف أم عمل خاص بك؟
field-tasks = ماذا كنت تفعل في هذا العمل؟
field-tools = الأدوات والآلات التي استخدمتها

field-licences = رخصة القيادة
field-digital = الهاتف والكمبيوتر
field-certificates = الدورات والشهادات
field-certificate = دورة أو شهادة
certificate-add = أضف دورة
field-crafts = الحِرف والمهارات العملية
field-volunteer = العمل التطوعي

field-wished-work = ما العمل الذي تريد أن تعمله في النرويج؟
field-wished-work-add = أضف عملًا
field-wished-education = ما الدراسة التي تريد أن تدرسها؟
field-region = أين تريد أن تسكن في النرويج؟
field-availability = متى تستطيع أن تبدأ؟
field-planning-voluntary = اختياري: فقط إذا أردت.
field-planning-notes = أمور صحية أو غيرها يجب أن تعرفها البلدية لكي تخطط

review-fix = بعض الإجابات ناقصة أو تحتاج إلى تصحيح:
review-empty = لا توجد إجابة.
years-count =
    { $count ->
        [zero] { $count } سنة
        [one] سنة واحدة
        [two] سنتان
        [few] { $count } سنوات
        [many] { $count } سنة
       *[other] { $count } سنة
    }

submit = أرسل تسجيلي
submit-fix = من فضلك راجع الإجابات المعلَّمة باللون الأحمر.

status-draft = محفوظ على هذا الجهاز.
status-queued =
    { $count ->
        [zero] لا يوجد أي تسجيل في انتظار الإرسال.
        [one] تسجيل واحد في انتظار الإرسال.
        [two] تسجيلان في انتظار الإرسال.
        [few] { $count } تسجيلات في انتظار الإرسال.
        [many] { $count } تسجيلًا في انتظار الإرسال.
       *[other] { $count } تسجيل في انتظار الإرسال.
    }
status-offline = لا توجد شبكة الآن. سيتم إرسال التسجيل عندما تعود الشبكة.
status-sent = تم إرسال تسجيلك.
status-rejected = لم يتم إرسال أحد التسجيلات. من فضلك اطلب المساعدة من الموظفين.

sent-title = شكرًا لك!
sent-body = تسجيلك محفوظ بأمان. سيتم إرساله إلى مكتب التوطين عندما تتوفر الشبكة. بعد ذلك لا يبقى منه شيء على هذا الجهاز.
new-registration = ابدأ تسجيلًا جديدًا
read-aloud = قراءة بصوت عالٍ
bilingual-toggle = اعرض النرويجية أيضًا
resume-code-yours = رمزك: { $code }. اكتبه على ورقة. ستحتاج إليه إذا أخذت استراحة.
resume-open = أكمل تسجيلًا
resume-code = اكتب رمزك (4 أرقام)
resume-submit = تابع
resume-wrong-code = الرمز غير صحيح. حاول مرة أخرى.
resume-too-many = محاولات خاطئة كثيرة جدًا. انتظر خمس دقائق، أو اسأل الموظفين.
done-next = ماذا يحدث بعد ذلك: سلطات التوطين تقرأ تسجيلك. عندما توافق بلدية على توطينك، تحصل البلدية عليه. اسأل الموظفين إذا كانت عندك أسئلة.
print-copy = اطبع نسخة لي
print-title = تسجيلي في Evne

error-required = من فضلك أجب عن هذا.
error-too-long = النص طويل جدًا.
error-invalid-text = في النص أحرف لا يمكن استخدامها.
error-year-too-early = هذه السنة قديمة جدًا. من فضلك تأكد منها.
error-too-young = يجب أن يكون عمرك 15 سنة على الأقل لتسجّل هنا.
error-year-out-of-range = تأكد من السنة. لا يمكن أن تكون قبل سنة ولادتك أو بعد هذه السنة.
error-end-before-start = سنة النهاية قبل سنة البداية.
error-years-out-of-range = تأكد من عدد السنوات.
error-too-many = العدد كبير جدًا. احذف بعضها.
error-duplicate = اخترت هذا مرتين.
error-choose-again = من فضلك اختر مرة أخرى.
error-case-number = رقم القضية فيه 12 رقمًا، مثلًا ⁦2019 123456 01⁩.
error-phone = اكتب رقم الهاتف بالأرقام فقط، مثلًا ⁦+47 912 34 567⁩.
error-consent = يجب أن تجيب بنعم قبل أن تستطيع الإرسال.
error-storage = انتبه: لم يتم حفظ إجابتك على هذا الجهاز. من فضلك اطلب المساعدة من الموظفين.

error-private-mode = نافذة المتصفح هذه لا تحفظ ما تكتبه (تصفح خاص). اطلب من الموظفين فتح تطبيق Evne بدلاً منها.
old-browser = هذا المتصفح قديم جدًا لتطبيق Evne. من فضلك استخدم Chrome على جهاز لوحي Android، أو Safari على iPad بنظام iPadOS 16 أو أحدث، أو اسأل الموظفين.
error-app-load = تعذّر تحميل التسجيل بعد. سيحاول مرة أخرى تلقائيًا. إذا استمر ذلك، اطلب المساعدة من الموظفين.
error-no-key = لا يستطيع هذا الجهاز إرسال التسجيلات بعد. اطلب من الموظفين توصيله بالشبكة مرة واحدة.

# شاشة الجهاز اللوحي، لموظفي مركز الاستقبال. لا تظهر فيها أي بيانات شخصية.
tablet-open = حالة الجهاز اللوحي (للموظفين)
tablet-title = حالة الجهاز اللوحي
tablet-back = رجوع
tablet-storage-kept = المتصفح يحتفظ ببيانات هذا التطبيق.
tablet-storage-not-kept = قد يحذف المتصفح بيانات هذا التطبيق عندما تقل المساحة. ثبّت التطبيق على الشاشة الرئيسية حتى يحتفظ بها.
tablet-storage-used = تم استخدام { $percent }٪ من مساحة التخزين.
tablet-storage-full = مساحة التخزين ممتلئة تقريبًا. أرسل التسجيلات المنتظرة ووفّر مساحة على الجهاز.
tablet-storage-unknown = المتصفح لا يوضح مقدار مساحة التخزين المستخدمة.
tablet-storage-lasted = هذا المتصفح لا يوضح ما إذا كان يحتفظ ببيانات التطبيق، لكنه احتفظ بها منذ { $date }. عدد مرات تشغيل التطبيق منذ ذلك الحين: { $starts }.
tablet-storage-first = هذا المتصفح لا يوضح ما إذا كان يحتفظ ببيانات التطبيق، وهذا أول تشغيل للتطبيق عليه. نافذة التصفح الخاص ستفقد كل شيء عند إغلاقها: استخدم التطبيق المثبّت.
tablet-queue-title = تسجيلات تنتظر الإرسال
tablet-queue-empty = لا يوجد شيء في الانتظار.
tablet-entry =
    في الانتظار منذ { $minutes } دقيقة، { $attempts ->
        [zero] لم تتم أي محاولة بعد.
        [one] محاولة واحدة.
        [two] محاولتان.
        [few] { $attempts } محاولات.
        [many] { $attempts } محاولة.
       *[other] { $attempts } محاولة.
    }
tablet-entry-error-offline = آخر محاولة: لا توجد شبكة.
tablet-entry-error = آخر محاولة: ردّ الخادم بـ { $detail }.
tablet-entry-refused = رفضه الخادم. سيبقى على هذا الجهاز. تواصل مع الدعم الفني.
tablet-entry-attention = يحتاج إلى متابعة: في الانتظار منذ أكثر من يوم.
tablet-send-now = أرسل الآن
tablet-update-ready = نسخة جديدة من التطبيق جاهزة. ستبدأ قبل التسجيل التالي.
tablet-update-now = حدّث الآن
tablet-draft-expires = سيُحذف تسجيل غير مكتمل على هذا الجهاز بعد { $minutes } دقيقة إذا لم يكمله أحد.
tablet-idle-hours = احذف التسجيلات غير المكتملة بعد
tablet-hours = { $hours } ساعة
tablet-device = معرّف الجهاز: { $id }
status-not-enrolled = هذا الجهاز غير مُسجَّل بعد، لذلك لا يمكن إرسال أي شيء. من فضلك اسأل الموظفين.
tablet-enrol-title = تسجيل هذا الجهاز
tablet-enrol-intro = لموظفي مركز الاستقبال: سجّل الدخول لتسجيل هذا الجهاز لمركزك. تُستخدم بيانات الدخول لهذا فقط ولا تُحفظ على الجهاز.
tablet-enrol-username = اسم المستخدم
tablet-enrol-password = كلمة المرور
tablet-enrol-submit = سجّل الجهاز
tablet-enrol-failed-login = اسم المستخدم أو كلمة المرور غير صحيحة.
tablet-enrol-failed-locked = محاولات فاشلة كثيرة جدًا. انتظر 15 دقيقة ثم حاول مرة أخرى.
tablet-enrol-failed-role = لا يستطيع هذا المستخدم تسجيل الأجهزة (فقط موظفو مركز الاستقبال يستطيعون ذلك)، أو يجب عليه أولاً تغيير كلمة المرور.
tablet-enrol-failed-network = لا يمكن الوصول إلى الخادم. وصّل الجهاز بالشبكة ثم حاول مرة أخرى.
tablet-retry-refused = أعد محاولة إرسال المرفوضة

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = التسجيلات غير المكتملة على هذا الجهاز
tablet-lock-none = التسجيلات غير المكتملة ليست مقفلة بعد بقفل شاشة هذا الجهاز: يمكن لمن عنده نسخة من ملفات المتصفح أن يفتحها.
tablet-lock-set = أقفل التسجيلات غير المكتملة بقفل شاشة الجهاز
tablet-lock-locked = التسجيلات غير المكتملة المحفوظة مقفلة منذ بدء تشغيل التطبيق. افتح قفلها بقفل شاشة الجهاز لتكمل تسجيلًا محفوظًا.
tablet-unlock = افتح القفل بقفل شاشة الجهاز
tablet-lock-unlocked = التسجيلات غير المكتملة محمية بقفل شاشة الجهاز، وتبقى مفتوحة حتى يُعاد تشغيل التطبيق.
tablet-lock-failed = لم يستجب قفل الشاشة. حاول مرة أخرى.
tablet-lock-server-offer = لا يستطيع هذا المتصفح أن يقفل التسجيلات غير المكتملة بقفل شاشة الجهاز. أقفلها بدلًا من ذلك بتسجيل دخول أحد الموظفين: يحتفظ الخادم بالمفتاح ولا يعطيه إلا لهذا الجهاز مع تسجيل دخول من مركزك، لذلك يحتاج كل فتح للقفل إلى الشبكة.
tablet-lock-server-set = أقفل التسجيلات غير المكتملة بتسجيل دخول أحد الموظفين
tablet-lock-locked-server = التسجيلات غير المكتملة المحفوظة مقفلة منذ بدء تشغيل التطبيق. يفتح موظفو مركز الاستقبال هذا قفلها بتسجيل دخولهم؛ يجب أن يكون الجهاز متصلًا بالشبكة.
tablet-unlock-server = افتح القفل بتسجيل دخول أحد الموظفين
tablet-lock-unlocked-server = التسجيلات غير المكتملة محمية بمفتاح لا يعطيه الخادم إلا لهذا الجهاز مع تسجيل دخول أحد الموظفين، وتبقى مفتوحة حتى يُعاد تشغيل التطبيق.
tablet-lock-server-failed-role = لا يستطيع ذلك إلا موظفو مركز الاستقبال التابع له هذا الجهاز، بكلمة مرور خاصة بهم (غيّر كلمة المرور المؤقتة أولًا).
tablet-lock-server-failed-device = هذا الجهاز غير مُسجَّل، أو فُصل عن مركزه: لا يعطيه الخادم المفتاح.
tablet-lock-server-failed-key = مفتاح الخادم لا يفتح التسجيلات غير المكتملة على هذا الجهاز. تواصل مع مسؤول النظام.
drafts-locked = التسجيلات المحفوظة على هذا الجهاز مقفلة. يستطيع أحد الموظفين فتح قفلها من شاشة حالة الجهاز اللوحي. يمكنك أن تبدأ تسجيلًا جديدًا.
