# Evne — resident app, Amharic. Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = የሚያውቁትንና የሚችሉትን ይመዝግቡ

language-title = ቋንቋዎን ይምረጡ
language-missing = ቋንቋዬ እዚህ የለም
language-missing-title = የትኛውን ቋንቋ ይናገራሉ?
language-missing-noted = እናመሰግናለን። ቋንቋዎን መዝግበናል።
language-missing-staff = እባክዎ ይህንን ማያ ገጽ ለሠራተኞቹ ያሳዩ። አስተርጓሚ ያገኙልዎታል።
language-change = ቋንቋ ቀይር

form-intro = በሚጽፉበት ጊዜ መልሶችዎ በዚህ ታብሌት ላይ ይቀመጣሉ።

step-of = ደረጃ { $step } ከ{ $steps }
step-consent = ከመጀመራችን በፊት
step-about = ስለ እርስዎ
step-languages = ቋንቋዎች
step-education = ትምህርት ቤትና ትምህርት
step-work = ሥራ
step-skills = ሌሎች ችሎታዎች
step-wishes = የወደፊት ምኞቶች
step-review = ያረጋግጡና ይላኩ
back = ተመለስ
next = ቀጣይ
choose = ይምረጡ …
yes = አዎ
no = አይ
remove = አስወግድ
change = ቀይር
edit = ቀይር

consent-purpose = እዚህ የሚያውቁትንና የሚችሉትን መናገር ይችላሉ፦ ቋንቋ፣ ትምህርት ቤት፣ ሥራና ሌሎች ችሎታዎች። ይህ በኖርዌይ የሚኖሩበትን ቦታ፣ እንዲሁም ወደ ሥራ ወይም ወደ ትምህርት ቤት የሚወስድ መንገድ ለማግኘት ይረዳል።
consent-who = የመኖሪያ ቦታ የሚመድቡ ባለሥልጣናትና እርስዎን ለመቀበል የሚስማማው ማዘጋጃ ቤት መልሶችዎን ያያሉ። በመቀበያ ማዕከሉ ያለው የሙያ አማካሪም ሊያያቸው ይችላል።
consent-voluntary = ይህ በፈቃደኝነት ነው። ምን እንደሚመልሱ እርስዎ ራስዎ ይወስናሉ።
consent-not-asylum = መልሶችዎ ለጥገኝነት ጉዳይዎ ጥቅም ላይ አይውሉም።
consent-withdraw = «አዎ» ማለትዎን በማንኛውም ጊዜ መሰረዝ ይችላሉ። ሠራተኞቹን ይጠይቁ።
consent-assisted = አንድ ሠራተኛ እንድሞላ እየረዳኝ ነው።
consent-question = መመዝገብ ይፈልጋሉ?
consent-yes = አዎ፣ እፈልጋለሁ
consent-no = አይ፣ አሁን አይደለም
declined-title = ምንም አልተቀመጠም
declined-body = «አይ» ብለዋል፤ ስለዚህ ከጻፉት ምንም አልተቀመጠም። በፈለጉት ጊዜ እንደገና መጀመር ይችላሉ።

field-given-name = የመጀመሪያ ስም
field-family-name = የቤተሰብ ስም
field-latin-name = ስምዎ በላቲን ፊደል (በኖርዌይ ወረቀቶች ላይ እንዳለው)
field-year = የትውልድ ዓመት
field-gender = ጾታ
field-origin = የመጡበት አገር
field-citizenship = ዜግነት
field-case-number = ከUDI የተሰጠ የጉዳይ ቁጥር (የሚያውቁት ከሆነ)
field-phone = ስልክ ቁጥር
field-languages = የትኞቹን ቋንቋዎች ይናገራሉ?
field-other-language = ሌላ ቋንቋ
field-mother-tongue = የአፍ መፍቻ ቋንቋ
field-scripts = የትኛውን ፊደል ማንበብ ይችላሉ?
field-literacy = ማንበብና መጻፍ

education-intro = የተማሩባቸውን ትምህርት ቤቶችና ትምህርቶች በሙሉ ይጻፉ፤ ያልጨረሷቸውንም ጭምር።
education-add = ትምህርት ቤት ጨምር
education-entry = ትምህርት ቤት { $number }
field-education-level = የትኛው ደረጃ?
field-education-field = የትምህርት ዓይነት
field-institution = የትምህርት ቤቱ ስም
field-country = አገር
field-start-year = የጀመሩበት ዓመት
field-end-year = ያበቁበት ዓመት
field-years-completed = የዓመታት ብዛት
field-completed = ጨርሰዋል?
field-documents = ዲፕሎማ ወይም ሌላ ወረቀት አለዎት?

work-intro = የሠሩባቸውን ሥራዎች በሙሉ ይጻፉ፤ በራስዎ ንግድ፣ በቤት ወይም በእርሻ የሠሩትንም ጭምር።
work-add = ሥራ ጨምር
work-entry = ሥራ { $number }
field-occupation = ሥራው ምን ነበር?
occupation-search-hint = አንድ ቃል ይጻፉ፤ ለምሳሌ «ምግብ አብሳይ» ወይም «ሹፌር»።
occupation-none-found = ምንም አልተገኘም። ሌላ ቃል ይሞክሩ፤ ወይም ከታች አንድ ዘርፍ ይምረጡ።
occupation-group = ሥራውን አላገኙትም? ዘርፍ ይምረጡ፦
field-job-title = የሥራው መጠሪያ ወይም ስም (በራስዎ ቃላት)
field-years = የዓመታት ብዛት
field-employment = ተቀጣሪ ወይስ የራስዎ ንግድ?
field-tasks = በሥራው ምን ይሠሩ ነበር?
field-tools = የተጠቀሙባቸው መሣሪያዎችና ማሽኖች

field-licences = መንጃ ፈቃድ
field-digital = ስልክና ኮምፒውተር
field-certificates = ኮርሶችና ሰርተፊኬቶች
field-certificate = ኮርስ ወይም ሰርተፊኬት
certificate-add = ኮርስ ጨምር
field-crafts = የእጅ ሙያና ተግባራዊ ችሎታዎች
field-volunteer = የበጎ ፈቃድ ሥራ

field-wished-work = በኖርዌይ ምን ዓይነት ሥራ መሥራት ይፈልጋሉ?
field-wished-work-add = የሥራ ዓይነት ጨምር
field-wished-education = ምን ዓይነት ትምህርት መማር ይፈልጋሉ?
field-region = በኖርዌይ የት መኖር ይፈልጋሉ?
field-availability = መቼ መጀመር ይችላሉ?
field-planning-voluntary = በፈቃደኝነት ነው፤ ከፈለጉ ብቻ ይመልሱ።
field-planning-notes = ማዘጋጃ ቤቱ ለማቀድ ማወቅ ያለበት የጤና ወይም ሌላ ጉዳይ

review-fix = አንዳንድ መልሶች ይጎድላሉ ወይም መስተካከል አለባቸው፦
review-empty = አልተመለሰም።
years-count =
    { $count ->
        [one] { $count } ዓመት
       *[other] { $count } ዓመት
    }

submit = ምዝገባዬን ላክ
submit-fix = እባክዎ በቀይ ምልክት የተደረገባቸውን መልሶች ይመልከቱ።

status-draft = በዚህ ታብሌት ላይ ተቀምጧል።
status-queued =
    { $count ->
        [one] { $count } ምዝገባ እስኪላክ እየጠበቀ ነው።
       *[other] { $count } ምዝገባዎች እስኪላኩ እየጠበቁ ነው።
    }
status-offline = አሁን ኔትወርክ የለም። ኔትወርኩ ሲመለስ ምዝገባው ይላካል።
status-sent = ምዝገባዎ ተልኳል።
status-rejected = አንድ ምዝገባ መላክ አልተቻለም። እባክዎ ሠራተኞቹን እርዳታ ይጠይቁ።

sent-title = እናመሰግናለን!
sent-body = ምዝገባዎ በደህና ተቀምጧል። ኔትወርክ እንደተገኘ የመኖሪያ ቦታ ለሚመድበው ቢሮ ይላካል። ከዚያ በኋላ በዚህ ታብሌት ላይ ምንም አይቀርም።
new-registration = አዲስ ምዝገባ ጀምር
read-aloud = ጮክ ብሎ ማንበብ
bilingual-toggle = ኖርዌይኛውንም አሳይ
resume-code-yours = ኮድዎ፦ { $code }። ይጻፉት። እረፍት ከወሰዱ ያስፈልግዎታል።
resume-open = ምዝገባ ቀጥል
resume-code = ኮድዎን ይጻፉ (4 አሃዞች)
resume-submit = ቀጥል
resume-wrong-code = ኮዱ ትክክል አይደለም። እንደገና ይሞክሩ።
resume-too-many = ብዙ ጊዜ በስህተት ሞክረዋል። አምስት ደቂቃ ይጠብቁ፣ ወይም ሠራተኞቹን ይጠይቁ።
done-next = ቀጥሎ ምን ይሆናል፦ የመኖሪያ ቦታ የሚመድቡ ባለሥልጣናት ምዝገባዎን ያነባሉ። አንድ ማዘጋጃ ቤት እርስዎን ለመቀበል ሲስማማ፣ ማዘጋጃ ቤቱ ምዝገባዎን ያገኛል። ጥያቄ ካለዎት ሠራተኞቹን ይጠይቁ።
print-copy = ቅጂ አትምልኝ
print-title = ምዝገባዬ በEvne

error-required = እባክዎ ይህን ይመልሱ።
error-too-long = ጽሑፉ በጣም ረጅም ነው።
error-invalid-text = ጽሑፉ መጠቀም የማይቻሉ ፊደሎች ወይም ምልክቶች አሉት።
error-year-too-early = ያ ዓመት በጣም ቀደም ያለ ነው። እባክዎ እንደገና ያረጋግጡ።
error-too-young = እዚህ ለመመዝገብ ዕድሜዎ ቢያንስ 15 ዓመት መሆን አለበት።
error-year-out-of-range = ዓመቱን ያረጋግጡ። ከተወለዱበት ዓመት በፊት ወይም ከዘንድሮ በኋላ ሊሆን አይችልም።
error-end-before-start = ያበቁበት ዓመት ከጀመሩበት ዓመት በፊት ነው።
error-years-out-of-range = የዓመታቱን ብዛት ያረጋግጡ።
error-too-many = በጣም ብዙ ናቸው። አንዳንዶቹን ያስወግዱ።
error-duplicate = ይህ ሁለት ጊዜ ተመርጧል።
error-choose-again = እባክዎ እንደገና ይምረጡ።
error-case-number = የጉዳይ ቁጥሩ 12 አሃዞች አሉት፤ ለምሳሌ 2019 123456 01።
error-phone = ስልክ ቁጥሩን በቁጥር ብቻ ይጻፉ፤ ለምሳሌ +47 912 34 567።
error-consent = ከመላክዎ በፊት «አዎ» ማለት አለብዎት።
error-storage = ትኩረት፦ መልስዎ በዚህ ታብሌት ላይ አልተቀመጠም! እባክዎ ሠራተኞቹን እርዳታ ይጠይቁ።

error-private-mode = ይህ የብሮውዘር መስኮት የሚጻፈውን አያስቀምጥም (private browsing)። እባክዎ ሠራተኞቹን በምትኩ Evne መተግበሪያን እንዲከፍቱ ይጠይቁ።
old-browser = Evne በዚህ ብሮውዘር ላይ አይሠራም፤ ብሮውዘሩ በጣም አሮጌ ነው። እባክዎ Android ታብሌት ላይ Chrome፣ ወይም iPadOS 16 ወይም ከዚያ አዲስ ስሪት ያለው iPad ላይ Safari ይጠቀሙ፣ ወይም ሠራተኞቹን ይጠይቁ።
error-app-load = ምዝገባው ገና ሊጫን አልቻለም። በራሱ እንደገና ይሞክራል። ይህ ከቀጠለ ሰራተኞችን እርዳታ ይጠይቁ።
error-no-key = ይህ ታብሌት ገና ምዝገባዎችን መላክ አይችልም። እባክዎ ሠራተኞቹን አንድ ጊዜ ከኔትወርክ ጋር እንዲያገናኙት ይጠይቁ።

# The tablet screen, for reception staff. No personal data is shown there.
tablet-open = የታብሌት ሁኔታ (ለሠራተኞች)
tablet-title = የታብሌት ሁኔታ
tablet-back = ተመለስ
tablet-storage-kept = ብሮውዘሩ የዚህን መተግበሪያ መረጃ ይጠብቃል።
tablet-storage-not-kept = ቦታ ሲያንስ ብሮውዘሩ የመተግበሪያውን መረጃ ሊሰርዝ ይችላል። መረጃው እንዲጠበቅ መተግበሪያውን በመነሻ ገጽ (home screen) ላይ ይጫኑ።
tablet-storage-used = ከማከማቻ ቦታው { $percent } % ጥቅም ላይ ውሏል።
tablet-storage-full = ማከማቻው ሊሞላ ተቃርቧል። የሚጠብቁትን ምዝገባዎች ይላኩ፤ በታብሌቱ ላይም ቦታ ያስለቅቁ።
tablet-storage-unknown = ብሮውዘሩ ምን ያህል ማከማቻ ጥቅም ላይ እንደዋለ አያሳይም።
tablet-storage-lasted = ይህ ብሮውዘር የመተግበሪያውን መረጃ ይጠብቅ እንደሆነ አያሳይም፤ ሆኖም ከ{ $date } ጀምሮ ጠብቆታል። ከዚያ ወዲህ መተግበሪያው የተጀመረባቸው ጊዜያት፦ { $starts }።
tablet-storage-first = ይህ ብሮውዘር የመተግበሪያውን መረጃ ይጠብቅ እንደሆነ አያሳይም፤ መተግበሪያውም በዚህ ብሮውዘር ላይ ሲጀመር ይህ የመጀመሪያ ጊዜው ነው። የግል የብሮውዘር መስኮት (private browsing) ሲዘጋ ያለው ሁሉ ይጠፋል፦ የተጫነውን መተግበሪያ ይጠቀሙ።
tablet-queue-title = ለመላክ የሚጠብቁ ምዝገባዎች
tablet-queue-empty = ምንም የሚጠብቅ የለም።
tablet-entry =
    { $minutes } ደቂቃ ጠብቋል፤ { $attempts ->
        [one] { $attempts } ሙከራ።
       *[other] { $attempts } ሙከራዎች።
    }
tablet-entry-error-offline = የመጨረሻ ሙከራ፦ ኔትወርክ አልነበረም።
tablet-entry-error = የመጨረሻ ሙከራ፦ ሰርቨሩ { $detail } ብሎ መለሰ።
tablet-entry-refused = ሰርቨሩ አልተቀበለውም። በዚህ ታብሌት ላይ ይቆያል። የቴክኒክ ድጋፍ ሰጪዎችን ያነጋግሩ።
tablet-entry-attention = ክትትል ያስፈልገዋል፦ ከአንድ ቀን በላይ ጠብቋል።
tablet-send-now = አሁን ላክ
tablet-update-ready = አዲስ የመተግበሪያው ስሪት ዝግጁ ነው። ከሚቀጥለው ምዝገባ በፊት ይጀምራል።
tablet-update-now = አሁን አዘምን
tablet-draft-expires = በዚህ ታብሌት ላይ ያለ ያልተጠናቀቀ ምዝገባ ማንም ካልቀጠለበት ከ{ $minutes } ደቂቃ በኋላ ይሰረዛል።
tablet-idle-hours = ያልተጠናቀቁ ምዝገባዎችን ሰርዝ፣ ከዚህ ጊዜ በኋላ፦
tablet-hours = { $hours } ሰዓት
tablet-device = የታብሌት መለያ (ID)፦ { $id }
status-not-enrolled = ይህ ታብሌት ገና አልተገናኘም፤ ስለዚህ ምንም መላክ አይቻልም። እባክዎ ሠራተኞቹን ይጠይቁ።
tablet-enrol-title = ይህን ታብሌት ማስመዝገብ
tablet-enrol-intro = የመቀበያ ማዕከል ሠራተኞች፦ ይህን ታብሌት ለማዕከላችሁ ለማስመዝገብ ይግቡ። የመግቢያ መረጃዎ ለዚህ ብቻ ይውላል፤ በታብሌቱ ላይ አይቀመጥም።
tablet-enrol-username = የተጠቃሚ ስም
tablet-enrol-password = የይለፍ ቃል
tablet-enrol-submit = ታብሌቱን አስመዝግብ
tablet-enrol-failed-login = የተጠቃሚ ስም ወይም የይለፍ ቃል ትክክል አይደለም።
tablet-enrol-failed-locked = ብዙ ጊዜ ሞክረው አልተሳካም። 15 ደቂቃ ቆይተው እንደገና ይሞክሩ።
tablet-enrol-failed-role = ይህ ተጠቃሚ ታብሌቶችን ማስመዝገብ አይችልም (ይህን ማድረግ የሚችሉት የመቀበያ ማዕከል ሠራተኞች ብቻ ናቸው)፤ ወይም መጀመሪያ የይለፍ ቃሉን መቀየር አለበት።
tablet-enrol-failed-network = ከሰርቨሩ ጋር መገናኘት አልተቻለም። ታብሌቱን ከኔትወርክ ጋር ያገናኙና እንደገና ይሞክሩ።
tablet-retry-refused = ውድቅ የተደረጉትን እንደገና ሞክር

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = በዚህ ታብሌት ላይ ያሉ ያልተጠናቀቁ ምዝገባዎች
tablet-lock-none = ያልተጠናቀቁ ምዝገባዎች ገና በታብሌቱ የማያ ገጽ መቆለፊያ አልተቆለፉም፤ የብሮውዘሩ ፋይሎች ቅጂ ያለው ሰው ሊከፍታቸው ይችላል።
tablet-lock-set = ያልተጠናቀቁ ምዝገባዎችን በታብሌቱ የማያ ገጽ መቆለፊያ ቆልፍ
tablet-lock-locked = መተግበሪያው ከጀመረ ጀምሮ ያልተጠናቀቁ ምዝገባዎች ተቆልፈዋል። የተቀመጠ ምዝገባ ለመቀጠል በታብሌቱ የማያ ገጽ መቆለፊያ ይክፈቷቸው።
tablet-unlock = በታብሌቱ የማያ ገጽ መቆለፊያ ክፈት
tablet-lock-unlocked = ያልተጠናቀቁ ምዝገባዎች በታብሌቱ የማያ ገጽ መቆለፊያ ተጠብቀዋል፤ መተግበሪያው እንደገና እስኪጀምር ድረስም ክፍት ናቸው።
tablet-lock-failed = የማያ ገጽ መቆለፊያው ምላሽ አልሰጠም። እንደገና ይሞክሩ።
tablet-lock-server-offer = ይህ ብሮውዘር ያልተጠናቀቁ ምዝገባዎችን በታብሌቱ የማያ ገጽ መቆለፊያ መቆለፍ አይችልም። በምትኩ በሠራተኛ መግቢያ ይቆልፏቸው፦ ቁልፉን የሚይዘው ሰርቨሩ ነው፤ ቁልፉንም የማዕከላችሁ ሠራተኛ ሲገባ ለዚህ ታብሌት ብቻ ይሰጣል። ስለዚህ በተከፈቱ ቁጥር ኔትወርክ ያስፈልጋል።
tablet-lock-server-set = ያልተጠናቀቁ ምዝገባዎችን በሠራተኛ መግቢያ ቆልፍ
tablet-lock-locked-server = መተግበሪያው ከጀመረ ጀምሮ ያልተጠናቀቁ ምዝገባዎች ተቆልፈዋል። የዚህ መቀበያ ማዕከል ሠራተኞች በራሳቸው የመግቢያ መረጃ ይከፍቷቸዋል፤ ታብሌቱ ከኔትወርክ ጋር መገናኘት አለበት።
tablet-unlock-server = በሠራተኛ መግቢያ ክፈት
tablet-lock-unlocked-server = ያልተጠናቀቁ ምዝገባዎች ሰርቨሩ ሠራተኛ ሲገባ ለዚህ ታብሌት ብቻ በሚሰጠው ቁልፍ ተጠብቀዋል፤ መተግበሪያው እንደገና እስኪጀምር ድረስም ክፍት ናቸው።
tablet-lock-server-failed-role = ይህን ማድረግ የሚችሉት የዚህ ታብሌት መቀበያ ማዕከል ሠራተኞች ብቻ ናቸው፤ በራሳቸው የይለፍ ቃል (መጀመሪያ የአንድ ጊዜ የይለፍ ቃሉን ይቀይሩ)።
tablet-lock-server-failed-device = ይህ ታብሌት አልተመዘገበም፣ ወይም ግንኙነቱ ተቋርጧል፤ ሰርቨሩ ቁልፉን አይሰጠውም።
tablet-lock-server-failed-key = የሰርቨሩ ቁልፍ በዚህ ታብሌት ላይ ያሉትን ያልተጠናቀቁ ምዝገባዎች አይከፍትም። አስተዳዳሪውን ያነጋግሩ።
drafts-locked = በዚህ ታብሌት ላይ የተቀመጡ ምዝገባዎች ተቆልፈዋል። አንድ ሠራተኛ በ«የታብሌት ሁኔታ» ገጽ ላይ ሊከፍታቸው ይችላል። አዲስ ምዝገባ መጀመር ይችላሉ።
