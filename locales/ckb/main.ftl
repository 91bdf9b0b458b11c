# Evne — resident app, Central Kurdish / Sorani (کوردیی ناوەندی). Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = زانین و توانای خۆتان تۆمار بکەن

language-title = زمانەکەتان هەڵبژێرن
language-change = گۆڕینی زمان

form-intro = وەڵامەکانتان لە کاتی نووسیندا لەسەر ئەم تابلێتە پاشەکەوت دەکرێن.

step-of = هەنگاوی { $step } لە { $steps }
step-consent = پێش ئەوەی دەست پێ بکەین
step-about = دەربارەی ئێوە
step-languages = زمانەکان
step-education = قوتابخانە و خوێندن
step-work = کار
step-skills = تواناکانی تر
step-wishes = ئاواتەکانتان بۆ داهاتوو
step-review = سەیرکردنەوە و ناردن
back = گەڕانەوە
next = دواتر
choose = هەڵبژێرن …
yes = بەڵێ
no = نەخێر
remove = لابردن
change = گۆڕین
edit = گۆڕین

consent-purpose = لێرە دەتوانن بڵێن چی دەزانن و چی دەتوانن بکەن: زمان، قوتابخانە، کار و تواناکانی تر. بەمە ئاسانتر دەبێت شوێنێک بۆ ژیان و ڕێگایەک بۆ کار یان قوتابخانە لە نەرویج بدۆزرێتەوە.
consent-who = دەسەڵاتدارانی نیشتەجێکردن و ئەو شارەوانییەی کە ڕازی دەبێت ئێوە نیشتەجێ بکات، وەڵامەکانتان دەبینن. ڕاوێژکاری کار لە ناوەندی پێشوازیش دەتوانێت بیانبینێت.
consent-voluntary = ئەمە ئارەزوومەندانەیە. خۆتان بڕیار دەدەن چی وەڵام بدەنەوە.
consent-not-asylum = وەڵامەکانتان لە دۆسیەی پەنابەرییەکەتاندا بەکار ناهێنرێن.
consent-withdraw = هەر کاتێک بتانەوێت، دەتوانن «بەڵێ»یەکەتان بکێشنەوە. پرسیار لە کارمەندان بکەن.
consent-assisted = کارمەندێک یارمەتیم دەدات بۆ پڕکردنەوەی.
consent-question = دەتانەوێت خۆتان تۆمار بکەن؟
consent-yes = بەڵێ، دەمەوێت
consent-no = نەخێر، ئێستا نا
declined-title = هیچ شتێک پاشەکەوت نەکراوە
declined-body = وتتان نەخێر، بۆیە هیچ شتێک لەوەی نووسیبووتان پاشەکەوت نەکراوە. هەر کاتێک بتانەوێت، دەتوانن دیسان دەست پێ بکەنەوە.

field-given-name = ناوی یەکەم
field-family-name = ناوی بنەماڵە
field-latin-name = ناوتان بە پیتی لاتینی (وەک لە بەڵگەنامە نەرویجییەکاندا)
field-year = ساڵی لەدایکبوون
field-gender = ڕەگەز
field-origin = ئەو وڵاتەی لێیەوە هاتوون
field-citizenship = ڕەگەزنامە
field-case-number = ژمارەی دۆسیە لە UDI (ئەگەر دەیزانن)
field-phone = ژمارەی تەلەفۆن
field-languages = بە چ زمانانێک قسە دەکەن؟
field-other-language = زمانێکی تر
field-mother-tongue = زمانی دایک
field-scripts = کام ئەلفوبێ دەتوانن بخوێننەوە؟
field-literacy = خوێندنەوە و نووسین

education-intro = هەموو ئەو قوتابخانە و خوێندنانە بنووسن کە تێیاندا بوون، ئەوانەش کە تەواوتان نەکردوون.
education-add = قوتابخانەیەک زیاد بکەن
education-entry = قوتابخانەی { $number }
field-education-level = چ ئاستێک؟
field-education-field = بابەت
field-institution = ناوی قوتابخانەکە
field-country = وڵات
field-start-year = لە ساڵی
field-end-year = تا ساڵی
field-years-completed = ژمارەی ساڵەکان
field-completed = تەواوتان کرد؟
field-documents = بڕوانامە یان بەڵگەنامەتان هەیە؟

work-intro = هەموو ئەو کارانە بنووسن کە کردووتانە، ئەوانەش لە کاری تایبەتی خۆتان، لە ماڵەوە یان لە کێڵگە.
work-add = کارێک زیاد بکەن
work-entry = کاری { $number }
field-occupation = کارەکە چی بوو؟
occupation-search-hint = وشەیەک بنووسن، بۆ نموونە «چێشتلێنەر» یان «شۆفێر».
occupation-none-found = هیچ نەدۆزرایەوە. وشەیەکی تر تاقی بکەنەوە، یان بوارێک لە خوارەوە هەڵبژێرن.
occupation-group = کارەکە نادۆزنەوە؟ بوارێک هەڵبژێرن:
field-job-title = ناونیشان یان ناوی کارەکە (بە وشەی خۆتان)
field-years = ژمارەی ساڵەکان
field-employment = کارمەند بوون یان کاری خۆتان؟
field-tasks = لە کارەکەدا چیتان دەکرد؟
field-tools = ئەو ئامراز و ئامێرانەی بەکارتان دەهێنان

field-licences = مۆڵەتی شۆفێری
field-digital = تەلەفۆن و کۆمپیوتەر
field-certificates = خول و بڕوانامەکان
field-certificate = خول یان بڕوانامە
certificate-add = خولێک زیاد بکەن
field-crafts = کاری دەستی و توانای کرداری
field-volunteer = کاری خۆبەخشانە

field-wished-work = دەتانەوێت لە نەرویج چ کارێک بکەن؟
field-wished-work-add = کارێک زیاد بکەن
field-wished-education = دەتانەوێت چ خوێندنێک بخوێنن؟
field-region = دەتانەوێت لە کوێی نەرویج بژین؟
field-availability = کەی دەتوانن دەست پێ بکەن؟
field-planning-voluntary = ئارەزوومەندانە: تەنها ئەگەر بتانەوێت.
field-planning-notes = تەندروستی یان شتی تر کە شارەوانی پێویستە بیزانێت بۆ پلاندانان

review-fix = هەندێک وەڵام نەدراونەتەوە یان پێویستە ڕاست بکرێنەوە:
review-empty = وەڵام نەدراوەتەوە.
years-count =
    { $count ->
        [one] { $count } ساڵ
       *[other] { $count } ساڵ
    }

submit = تۆمارەکەم بنێرن
submit-fix = تکایە سەیری ئەو وەڵامانە بکەنەوە کە بە سوور نیشانە کراون.

status-draft = لەسەر ئەم تابلێتە پاشەکەوت کراوە.
status-queued =
    { $count ->
        [one] تۆمارێک چاوەڕێی ناردنە.
       *[other] { $count } تۆمار چاوەڕێی ناردنن.
    }
status-offline = ئێستا ئینتەرنێت نییە. کاتێک ئینتەرنێت گەڕایەوە، تۆمارەکە دەنێردرێت.
status-sent = تۆمارەکەتان نێردرا.
status-rejected = تۆمارێک نەتوانرا بنێردرێت. تکایە داوای یارمەتی لە کارمەندان بکەن.

sent-title = سوپاس!
sent-body = تۆمارەکەتان پارێزراوە. هەر کە ئینتەرنێت هەبوو، دەنێردرێت بۆ ئەو نووسینگەیەی کە شوێنی نیشتەجێبوونتان دیاری دەکات. دوای ئەوە هیچی لەسەر ئەم تابلێتە نامێنێتەوە.
new-registration = تۆمارێکی نوێ دەست پێ بکەن
read-aloud = خوێندنەوە بە دەنگی بەرز
bilingual-toggle = نەرویجیش پیشان بدرێت
resume-code-yours = کۆدەکەتان: { $code }. بینووسن. ئەگەر پشوو بدەن، پێویستتان پێی دەبێت.
resume-open = درێژەدان بە تۆمارێک
resume-code = کۆدەکەتان بنووسن (4 ژمارە)
resume-submit = درێژە بدەن
resume-wrong-code = کۆدەکە هەڵەیە. دیسان هەوڵ بدەنەوە.
resume-too-many = هەوڵی هەڵە زۆر دراوە. پێنج خولەک چاوەڕێ بکەن، یان پرسیار لە کارمەندان بکەن.
done-next = ئێستا چی دەبێت: دەسەڵاتدارانی نیشتەجێکردن تۆمارەکەتان دەخوێننەوە. کاتێک شارەوانییەک ڕازی دەبێت ئێوە نیشتەجێ بکات، ئەو شارەوانییە تۆمارەکە وەردەگرێت. ئەگەر پرسیارتان هەیە، پرسیار لە کارمەندان بکەن.
print-copy = کۆپییەک بۆ من چاپ بکەن
print-title = تۆمارەکەم لە Evne

error-required = تکایە وەڵامی ئەمە بدەنەوە.
error-too-long = دەقەکە زۆر درێژە.
error-invalid-text = دەقەکە پیت یان هێمای تێدایە کە ناتوانرێت بەکار بهێنرێت.
error-year-too-early = ئەو ساڵە زۆر کۆنە. تکایە دیسان سەیری بکەنەوە.
error-too-young = بۆ ئەوەی لێرە خۆتان تۆمار بکەن، دەبێت لانیکەم 15 ساڵتان بێت.
error-year-out-of-range = سەیری ساڵەکە بکەنەوە. ناکرێت پێش لەدایکبوونتان یان دوای ئەمساڵ بێت.
error-end-before-start = ساڵی کۆتایی پێش ساڵی دەستپێکە.
error-years-out-of-range = سەیری ژمارەی ساڵەکان بکەنەوە.
error-too-many = زۆرن. هەندێکیان لاببەن.
error-duplicate = ئەمە دوو جار هەڵبژێردراوە.
error-choose-again = تکایە دیسان هەڵبژێرن.
error-case-number = ژمارەی دۆسیە 12 ژمارەی هەیە، بۆ نموونە 2019 123456 01.
error-phone = ژمارەی تەلەفۆنەکە تەنها بە ژمارە بنووسن، بۆ نموونە +47 912 34 567.
error-consent = پێش ئەوەی بینێرن، دەبێت «بەڵێ» بڵێن.
error-storage = ئاگاداربن: وەڵامەکەتان لەسەر ئەم تابلێتە پاشەکەوت نەکرا. تکایە داوای یارمەتی لە کارمەندان بکەن.

error-private-mode = ئەم پەنجەرەیەی وێبگەڕ ئەوەی دەینووسن پاشەکەوتی ناکات (گەڕانی تایبەت). تکایە داوا لە کارمەندان بکەن لە جیاتی ئەمە ئەپی Evne بکەنەوە.
error-no-key = ئەم تابلێتە هێشتا ناتوانێت تۆمار بنێرێت. تکایە داوا لە کارمەندان بکەن یەک جار بە ئینتەرنێتەوە بیبەستنەوە.

# The tablet screen, for reception staff. No personal data is shown there.
tablet-open = باری تابلێت (بۆ کارمەندان)
tablet-title = باری تابلێت
tablet-back = گەڕانەوە
tablet-storage-kept = وێبگەڕ داتاکانی ئەم ئەپە دەپارێزێت.
tablet-storage-not-kept = کاتێک شوێن کەم دەبێتەوە، لەوانەیە وێبگەڕ داتاکانی ئەم ئەپە بسڕێتەوە. ئەپەکە لەسەر شاشەی سەرەکی دابمەزرێنن بۆ ئەوەی داتاکان بپارێزرێن.
tablet-storage-used = { $percent }٪ی شوێنی هەڵگرتن بەکارهاتووە.
tablet-storage-full = شوێنی هەڵگرتن خەریکە پڕ دەبێت. ئەو تۆمارانەی چاوەڕێن بنێرن و شوێن لەسەر تابلێتەکە چۆڵ بکەن.
tablet-storage-unknown = وێبگەڕ پیشان نادات چەند شوێنی هەڵگرتن بەکارهاتووە.
tablet-queue-title = ئەو تۆمارانەی چاوەڕێی ناردنن
tablet-queue-empty = هیچ شتێک چاوەڕێ نییە.
tablet-entry =
    { $minutes } خولەکە چاوەڕێیە، { $attempts ->
        [one] یەک هەوڵ.
       *[other] { $attempts } هەوڵ.
    }
tablet-entry-error-offline = دوایین هەوڵ: ئینتەرنێت نەبوو.
tablet-entry-error = دوایین هەوڵ: وەڵامی سێرڤەر: { $detail }.
tablet-entry-refused = سێرڤەر ڕەتی کردەوە. لەسەر ئەم تابلێتە دەمێنێتەوە. پەیوەندی بە پشتگیریی تەکنیکییەوە بکەن.
tablet-entry-attention = پێویستی بە بەدواداچوونە: زیاتر لە ڕۆژێکە چاوەڕێیە.
tablet-send-now = ئێستا بنێرن
tablet-update-ready = وەشانێکی نوێی ئەپەکە ئامادەیە. پێش تۆماری داهاتوو دەست پێ دەکات.
tablet-update-now = ئێستا نوێی بکەنەوە
tablet-draft-expires = تۆمارێکی تەواونەکراو لەسەر ئەم تابلێتە دوای { $minutes } خولەک دەسڕدرێتەوە، ئەگەر کەس درێژەی پێ نەدات.
tablet-idle-hours = سڕینەوەی تۆمارە تەواونەکراوەکان دوای
tablet-hours = { $hours } کاتژمێر
tablet-device = ناسێنەری تابلێت (ID): { $id }
status-not-enrolled = ئەم تابلێتە هێشتا تۆمار نەکراوە، بۆیە هیچ شتێک نانێردرێت. تکایە پرسیار لە کارمەندان بکەن.
tablet-enrol-title = ئەم تابلێتە تۆمار بکەن
tablet-enrol-intro = بۆ کارمەندانی ناوەندی پێشوازی: بچنە ژوورەوە بۆ ئەوەی ئەم تابلێتە بۆ ناوەندەکەتان تۆمار بکەن. زانیارییەکانی چوونەژوورەوەتان تەنها بۆ ئەمە بەکار دێن و لەسەر تابلێتەکە پاشەکەوت ناکرێن.
tablet-enrol-username = ناوی بەکارهێنەر
tablet-enrol-password = وشەی نهێنی
tablet-enrol-submit = تابلێتەکە تۆمار بکەن
tablet-enrol-failed-login = ناوی بەکارهێنەر یان وشەی نهێنی هەڵەیە.
tablet-enrol-failed-locked = زۆر هەوڵی سەرنەکەوتوو دراوە. 15 خولەک چاوەڕێ بکەن و دیسان هەوڵ بدەنەوە.
tablet-enrol-failed-role = ئەم بەکارهێنەرە ناتوانێت تابلێت تۆمار بکات (تەنها کارمەندانی ناوەندێکی پێشوازی دەتوانن)، یان دەبێت سەرەتا وشەی نهێنییەکەی بگۆڕێت.
tablet-enrol-failed-network = ناتوانرێت پەیوەندی بە سێرڤەرەوە بکرێت. تابلێتەکە بە ئینتەرنێتەوە ببەستنەوە و دیسان هەوڵ بدەنەوە.
tablet-retry-refused = تۆمارە ڕەتکراوەکان دیسان بنێرنەوە
