# Evne — resident app, Arabic.
app-title = Evne
app-tagline = سجّل ما تعرفه وما تستطيع عمله

language-title = اختر لغتك
language-change = غيّر اللغة

form-title = معلومات عنك
form-intro = تُحفظ إجاباتك على هذا الجهاز وأنت تكتب.
field-name = اسمك
field-name-hint = اكتب اسمك كما تكتبه عادةً.
field-year = سنة الميلاد
field-year-hint = مثلاً 1990
field-languages = ما اللغات التي تتكلمها؟

language-ar = العربية
language-ti = التغرينية
language-am = الأمهرية
language-uk = الأوكرانية
language-ru = الروسية
language-fa = الفارسية
language-prs = الدارية
language-ps = البشتو
language-ckb = الكردية السورانية
language-kmr = الكردية الكرمانجية
language-so = الصومالية
language-tr = التركية
language-fr = الفرنسية
language-sw = السواحلية
language-en = الإنجليزية
language-nb = النرويجية

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

error-name-empty = من فضلك اكتب اسمك.
error-name-too-long = الاسم طويل جدًا.
error-name-invalid = في الاسم أحرف لا يمكن استخدامها.
error-year-missing = من فضلك اكتب سنة ميلادك.
error-year-not-a-number = من فضلك اكتب السنة بالأرقام فقط، مثلاً 1990.
error-year-too-early = هذه السنة قديمة جدًا. من فضلك تأكد منها.
error-year-too-late = يجب أن يكون عمرك 15 سنة على الأقل لتسجّل هنا.
error-languages-empty = من فضلك اختر لغة واحدة على الأقل.
error-languages-invalid = لا يمكن استخدام إحدى اللغات. من فضلك اختر مرة أخرى.
error-locale-invalid = من فضلك اختر لغتك مرة أخرى.
error-storage = انتبه: لم يتم حفظ إجابتك على هذا الجهاز. من فضلك اطلب المساعدة من الموظفين.

error-no-key = لا يستطيع هذا الجهاز إرسال التسجيلات بعد. اطلب من الموظفين توصيله بالشبكة مرة واحدة.
