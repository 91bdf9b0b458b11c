# Evne — resident app, Pashto (پښتو). Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = ثبت کړئ چې څه پوهېږئ او څه کولای شئ

language-title = خپله ژبه وټاکئ
language-missing = زما ژبه دلته نشته
language-missing-title = تاسو په کومه ژبه خبرې کوئ؟
language-missing-noted = مننه. ستاسو ژبه مو ثبت کړه.
language-missing-staff = مهرباني وکړئ دا پاڼه کارکوونکو ته وښایئ. هغوی به تاسو ته ژباړونکی پیدا کړي.
language-change = ژبه بدله کړئ

form-intro = کله چې تاسو لیکئ، ستاسو ځوابونه په دې ټابلېټ کې ساتل کېږي.

step-of = ګام { $step } له { $steps } څخه
step-consent = مخکې له دې چې پیل وکړو
step-about = ستاسو په اړه
step-languages = ژبې
step-education = ښوونځی او زده کړه
step-work = کار
step-skills = نور مهارتونه
step-wishes = د راتلونکي لپاره هیلې
step-review = وګورئ او ولېږئ
back = شاته
next = بل
choose = وټاکئ …
yes = هو
no = نه
remove = لرې کړئ
change = بدل کړئ
edit = بدل کړئ

consent-purpose = دلته ویلای شئ چې څه پوهېږئ او څه کولای شئ: ژبې، ښوونځی، کار او نور مهارتونه. په دې سره په ناروې کې د اوسېدو ځای موندل، او کار یا ښوونځي ته لاره موندل اسانه کېږي.
consent-who = د مېشتېدو چارواکي او هغه ښاروالي چې ستاسو د مېشتولو لپاره هو وايي، ستاسو ځوابونه ویني. په مرکز کې د دندو سلاکار هم کولای شي هغه وګوري.
consent-voluntary = دا اختیاري ده. تاسو پخپله ټاکئ چې څه ځواب ورکوئ.
consent-not-asylum = ستاسو ځوابونه ستاسو د پناه غوښتنې په قضیه کې نه کارول کېږي.
consent-withdraw = تاسو هر وخت کولای شئ خپل «هو» بېرته واخلئ. له کارکوونکو وپوښتئ.
consent-assisted = یو کارکوونکی له ما سره د ډکولو مرسته کوي.
consent-question = ایا غواړئ نوم لیکنه وکړئ؟
consent-yes = هو، غواړم
consent-no = نه، اوس نه
declined-title = هېڅ شی نه دی خوندي شوی
declined-body = تاسو «نه» وویل، نو له هغه څه چې مو لیکلي وو هېڅ شی نه دی خوندي شوی. هر وخت چې وغواړئ، بیا پیل کولای شئ.

field-given-name = نوم
field-family-name = د کورنۍ نوم (تخلص)
field-latin-name = ستاسو نوم په لاتیني تورو (لکه په ناروېژي اسنادو کې)
field-year = د زېږېدو کال
field-gender = جنسیت
field-origin = هغه هېواد چې له هغه ځایه راغلي یاست
field-citizenship = تابعیت
field-case-number = د UDI د قضیې شمېره (که یې پېژنئ)
field-phone = د ټیلفون شمېره
field-languages = تاسو په کومو ژبو خبرې کوئ؟
field-other-language = بله ژبه
field-mother-tongue = مورنۍ ژبه
field-scripts = کوم لیکدود لوستلای شئ؟
field-literacy = لوستل او لیکل

education-intro = ټول هغه ښوونځي او زده کړې ولیکئ چې تاسو پکې لوستي دي، هغه هم چې مو نه دي بشپړې کړې.
education-add = یو ښوونځی زیات کړئ
education-entry = ښوونځی { $number }
field-education-level = کومه کچه؟
field-education-field = مضمون
field-institution = د ښوونځي نوم
field-country = هېواد
field-start-year = له کال
field-end-year = تر کال
field-years-completed = د کلونو شمېر
field-completed = ایا بشپړ مو کړ؟
field-documents = ایا ډیپلوم یا اسناد لرئ؟

work-intro = ټولې هغه دندې ولیکئ چې تاسو کړې دي، هغه هم چې په خپل کاروبار، کور یا کروندې کې وې.
work-add = یوه دنده زیاته کړئ
work-entry = دنده { $number }
field-occupation = دنده څه وه؟
occupation-search-hint = یوه کلمه ولیکئ، د بېلګې په توګه «آشپز» یا «ډرېور».
occupation-none-found = هېڅ ونه موندل شو. بله کلمه وازمویئ، یا لاندې یوه برخه وټاکئ.
occupation-group = دنده نه مومئ؟ یوه برخه وټاکئ:
field-job-title = د دندې عنوان یا نوم (په خپلو ټکو)
field-years = د کلونو شمېر
field-employment = د بل چا لپاره کار که خپل کاروبار؟
field-tasks = په دنده کې مو څه کول؟
field-tools = هغه وسایل او ماشینونه چې تاسو کارول

field-licences = د موټر چلولو جواز
field-digital = ټیلفون او کمپیوټر
field-certificates = کورسونه او سندونه
field-certificate = کورس یا سند
certificate-add = یو کورس زیات کړئ
field-crafts = لاسي کارونه او عملي مهارتونه
field-volunteer = داوطلبانه کار

field-wished-work = په ناروې کې کوم کار کول غواړئ؟
field-wished-work-add = یو کار زیات کړئ
field-wished-education = کومه زده کړه کول غواړئ؟
field-region = په ناروې کې چېرته اوسېدل غواړئ؟
field-availability = کله پیل کولای شئ؟
field-planning-voluntary = اختیاري: یوازې که تاسو وغواړئ.
field-planning-notes = روغتیا یا نور شیان چې ښاروالي یې باید د پلان جوړولو لپاره وپوهېږي

review-fix = ځینې ځوابونه نشته یا باید سم شي:
review-empty = ځواب نه دی ورکړل شوی.
years-count =
    { $count ->
        [one] { $count } کال
       *[other] { $count } کاله
    }

submit = زما نوم لیکنه ولېږئ
submit-fix = مهرباني وکړئ هغه ځوابونه وګورئ چې په سور رنګ نښه شوي دي.

status-draft = په دې ټابلېټ کې خوندي دی.
status-queued =
    { $count ->
        [one] یوه نوم لیکنه د لېږلو په تمه ده.
       *[other] { $count } نوم لیکنې د لېږلو په تمه دي.
    }
status-offline = اوس انټرنېټ نشته. نوم لیکنه به هغه وخت ولېږل شي چې انټرنېټ بېرته راشي.
status-sent = ستاسو نوم لیکنه ولېږل شوه.
status-rejected = یوه نوم لیکنه ونه لېږل شوه. مهرباني وکړئ له کارکوونکو مرسته وغواړئ.

sent-title = مننه!
sent-body = ستاسو نوم لیکنه خوندي ده. څنګه چې انټرنېټ وصل شي، هغه دفتر ته لېږل کېږي چې ستاسو د اوسېدو ځای ټاکي. له هغې وروسته به یې په دې ټابلېټ کې هېڅ شی پاتې نه شي.
new-registration = نوې نوم لیکنه پیل کړئ
read-aloud = په لوړ غږ لوستل
bilingual-toggle = ناروېژي ژبه هم وښایاست
resume-code-yours = ستاسو کوډ: { $code }. دا ولیکئ. که لږ دمه کوئ، دې ته اړتیا لرئ.
resume-open = نوم لیکنې ته دوام ورکړئ
resume-code = خپل کوډ ولیکئ (4 عدده)
resume-submit = دوام ورکړئ
resume-wrong-code = کوډ سم نه دی. بیا هڅه وکړئ.
resume-too-many = ډېرې غلطې هڅې وشوې. پنځه دقیقې صبر وکړئ، یا له کارکوونکو وپوښتئ.
done-next = اوس څه کېږي: د مېشتېدو چارواکي ستاسو نوم لیکنه لولي. کله چې یوه ښاروالي ستاسو د مېشتولو لپاره هو ووايي، دا ښاروالي یې ترلاسه کوي. که پوښتنې لرئ، له کارکوونکو وپوښتئ.
print-copy = ما ته یوه کاپي چاپ کړئ
print-title = په Evne کې زما نوم لیکنه

error-required = مهرباني وکړئ دې ته ځواب ورکړئ.
error-too-long = متن ډېر اوږد دی.
error-invalid-text = په متن کې داسې توري یا نښې شته چې نه شي کارول کېدای.
error-year-too-early = دا کال ډېر پخوانی دی. مهرباني وکړئ بیا یې وګورئ.
error-too-young = تاسو باید لږ تر لږه 15 کلن یاست، څو دلته نوم لیکنه وکړئ.
error-year-out-of-range = کال وګورئ. دا نه شي کېدای چې ستاسو له زېږېدو مخکې یا له سږ کال وروسته وي.
error-end-before-start = د پای کال د پیل له کال مخکې دی.
error-years-out-of-range = د کلونو شمېر وګورئ.
error-too-many = ډېر زیات دي. ځینې یې لرې کړئ.
error-duplicate = دا دوه ځله ټاکل شوی دی.
error-choose-again = مهرباني وکړئ بیا یې وټاکئ.
error-case-number = د قضیې شمېره 12 عدده لري، د بېلګې په توګه 2019 123456 01.
error-phone = د ټیلفون شمېره یوازې په عددونو ولیکئ، د بېلګې په توګه +47 912 34 567.
error-consent = مخکې له دې چې ولېږئ، باید «هو» ووایئ.
error-storage = پام وکړئ: ستاسو ځواب په دې ټابلېټ کې خوندي نه شو. مهرباني وکړئ له کارکوونکو مرسته وغواړئ.

error-private-mode = د براوزر دا کړکۍ هغه څه نه ساتي چې تاسو یې لیکئ (شخصي براوزینګ). مهرباني وکړئ له کارکوونکو وغواړئ چې پر ځای یې د Evne اپ پرانیزي.
old-browser = دا براوزر د Evne لپاره ډېر زوړ دی. مهرباني وکړئ په Android ټابلېټ کې Chrome، یا په داسې iPad کې Safari وکاروئ چې iPadOS 16 یا تر هغه نوی ولري، یا له کارکوونکو وپوښتئ.
error-app-load = نوم لیکنه لا نه ده پورته شوې. پخپله بیا هڅه کوي. که دا دوام ومومي، له کارکوونکو مرسته وغواړئ.
error-no-key = دا ټابلېټ لا نه شي کولای نوم لیکنې ولېږي. مهرباني وکړئ له کارکوونکو وغواړئ چې یو ځل یې له انټرنېټ سره وصل کړي.

# The tablet screen, for reception staff. No personal data is shown there.
tablet-open = د ټابلېټ حالت (د کارکوونکو لپاره)
tablet-title = د ټابلېټ حالت
tablet-back = شاته
tablet-storage-kept = براوزر د دې اپ معلومات ساتي.
tablet-storage-not-kept = کله چې ځای کم شي، براوزر کېدای شي د دې اپ معلومات ړنګ کړي. اپ په اصلي سکرین (home screen) نصب کړئ، څو معلومات یې وساتل شي.
tablet-storage-used = د حافظې { $percent }٪ کارول شوې ده.
tablet-storage-full = حافظه نږدې ډکه ده. هغه نوم لیکنې ولېږئ چې په تمه دي، او په ټابلېټ کې ځای خالي کړئ.
tablet-storage-unknown = براوزر نه ښيي چې څومره حافظه کارول شوې ده.
tablet-storage-lasted = دا براوزر نه ښيي چې د اپ معلومات ساتي که نه، خو له { $date } راهیسې یې ساتلي دي. له هغه وخته راهیسې د اپ د پیلېدو شمېر: { $starts }.
tablet-storage-first = دا براوزر نه ښيي چې د اپ معلومات ساتي که نه، او اپ په دې براوزر کې لومړی ځل پیل شوی دی. د شخصي براوزینګ کړکۍ به د بندېدو پر مهال هر څه له لاسه ورکړي: نصب شوی اپ وکاروئ.
tablet-queue-title = هغه نوم لیکنې چې د لېږلو په تمه دي
tablet-queue-empty = هېڅ شی په تمه نه دی.
tablet-entry =
    { $minutes } دقیقې په تمه، { $attempts ->
        [one] یوه هڅه.
       *[other] { $attempts } هڅې.
    }
tablet-entry-error-offline = وروستۍ هڅه: انټرنېټ نه و.
tablet-entry-error = وروستۍ هڅه: د سرور ځواب: { $detail }.
tablet-entry-refused = سرور ونه منله. دا به په دې ټابلېټ کې پاتې شي. له تخنیکي ملاتړ سره اړیکه ونیسئ.
tablet-entry-attention = پاملرنې ته اړتیا لري: له یوې ورځې زیات په تمه ده.
tablet-send-now = اوس یې ولېږئ
tablet-update-ready = د اپ نوې نسخه چمتو ده. د راتلونکې نوم لیکنې نه مخکې پیلېږي.
tablet-update-now = اوس یې تازه کړئ
tablet-draft-expires = په دې ټابلېټ کې یوه نیمګړې نوم لیکنه به له { $minutes } دقیقو وروسته ړنګه شي، که څوک یې بشپړه نه کړي.
tablet-idle-hours = نیمګړې نوم لیکنې له دې وخت وروسته ړنګې شي:
tablet-hours = { $hours } ساعته
tablet-device = د ټابلېټ پېژند (ID): { $id }
status-not-enrolled = دا ټابلېټ لا نه دی ثبت شوی، نو هېڅ شی نه شي لېږل کېدای. مهرباني وکړئ له کارکوونکو وپوښتئ.
tablet-enrol-title = دا ټابلېټ ثبت کړئ
tablet-enrol-intro = د مرکز کارکوونکو ته: ننوځئ، څو دا ټابلېټ د خپل مرکز لپاره ثبت کړئ. ستاسو د ننوتلو معلومات یوازې د همدې لپاره کارول کېږي او په ټابلېټ کې نه ساتل کېږي.
tablet-enrol-username = کارن نوم
tablet-enrol-password = پټنوم
tablet-enrol-submit = ټابلېټ ثبت کړئ
tablet-enrol-failed-login = کارن نوم یا پټنوم غلط دی.
tablet-enrol-failed-locked = ډېرې ناکامې هڅې وشوې. 15 دقیقې صبر وکړئ او بیا هڅه وکړئ.
tablet-enrol-failed-role = دا کارن نه شي کولای ټابلېټونه ثبت کړي (یوازې د مرکز کارکوونکي یې کولای شي)، یا باید لومړی خپل پټنوم بدل کړي.
tablet-enrol-failed-network = له سرور سره اړیکه نه کېږي. ټابلېټ له انټرنېټ سره وصل کړئ او بیا هڅه وکړئ.
tablet-retry-refused = رد شوې نوم لیکنې بیا ولېږئ

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = په دې ټابلېټ کې نیمګړې نوم لیکنې
tablet-lock-none = نیمګړې نوم لیکنې لا د دې ټابلېټ د سکرین په قلف نه دي قلف شوې: هر څوک چې د براوزر د فایلونو کاپي ولري، کولای شي هغه پرانیزي.
tablet-lock-set = نیمګړې نوم لیکنې د ټابلېټ د سکرین په قلف قلف کړئ
tablet-lock-locked = خوندي شوې نیمګړې نوم لیکنې له هغه وخته قلف دي چې اپ پیل شوی. د یوې خوندي شوې نوم لیکنې د دوام لپاره، هغه د ټابلېټ د سکرین په قلف خلاصې کړئ.
tablet-unlock = د ټابلېټ د سکرین په قلف یې خلاص کړئ
tablet-lock-unlocked = نیمګړې نوم لیکنې د ټابلېټ د سکرین په قلف ساتل کېږي، او تر هغه خلاصې پاتې کېږي چې اپ بیا پیل شي.
tablet-lock-failed = د سکرین قلف ځواب ونه کړ. بیا هڅه وکړئ.
tablet-lock-server-offer = دا براوزر نه شي کولای نیمګړې نوم لیکنې د ټابلېټ د سکرین په قلف قلف کړي. پر ځای یې هغه د یو کارکوونکي په ننوتلو قلف کړئ: کیلي په سرور کې ساتل کېږي او سرور یې یوازې دې ټابلېټ ته ستاسو د مرکز د یو کارکوونکي په ننوتلو ورکوي، نو د هر ځل خلاصولو لپاره انټرنېټ ته اړتیا ده.
tablet-lock-server-set = نیمګړې نوم لیکنې د یو کارکوونکي په ننوتلو قلف کړئ
tablet-lock-locked-server = خوندي شوې نیمګړې نوم لیکنې له هغه وخته قلف دي چې اپ پیل شوی. د دې مرکز کارکوونکي یې په خپل ننوتلو خلاصوي؛ ټابلېټ باید له انټرنېټ سره وصل وي.
tablet-unlock-server = د یو کارکوونکي په ننوتلو یې خلاص کړئ
tablet-lock-unlocked-server = نیمګړې نوم لیکنې په یوې کیلي ساتل کېږي چې سرور یې یوازې د یو کارکوونکي په ننوتلو دې ټابلېټ ته ورکوي، او تر هغه خلاصې پاتې کېږي چې اپ بیا پیل شي.
tablet-lock-server-failed-role = دا کار یوازې د دې ټابلېټ د مرکز کارکوونکي په خپل شخصي پټنوم کولای شي (لومړی یو ځلی پټنوم بدل کړئ).
tablet-lock-server-failed-device = دا ټابلېټ نه دی ثبت شوی، یا له مرکز څخه بېل شوی: سرور ورته کیلي نه ورکوي.
tablet-lock-server-failed-key = د سرور کیلي په دې ټابلېټ کې نیمګړې نوم لیکنې نه خلاصوي. د سیستم له مدیر سره اړیکه ونیسئ.
drafts-locked = په دې ټابلېټ کې خوندي شوې نوم لیکنې قلف دي. یو کارکوونکی کولای شي هغه د ټابلېټ د حالت په سکرین کې خلاصې کړي. تاسو کولای شئ نوې نوم لیکنه پیل کړئ.
