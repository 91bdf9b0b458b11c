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

error-private-mode = نافذة المتصفح هذه لا تحفظ ما تكتبه (تصفح خاص). اطلب من الموظفين فتح تطبيق Evne بدلاً منها.
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
