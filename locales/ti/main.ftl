# Evne — resident app, Tigrinya.
app-title = Evne
app-tagline = ፍልጠትኩምን ክእለትኩምን መዝግቡ

language-title = ቋንቋኹም ምረጹ
language-missing = ቋንቋይ ኣብዚ የለን
language-missing-title = ብኣየናይ ቋንቋ ትዛረቡ?
language-missing-noted = የቐንየልና። ቋንቋኹም መዝጊብናዮ ኣለና።
language-missing-staff = በጃኹም ነዚ ስክሪን ንሰራሕተኛታት ኣርእዩዎም። ንዓኹም ተርጓሚ ክረኽቡልኩም እዮም።
language-change = ቋንቋ ቀይሩ

form-intro = ክትጽሕፉ ከለኹም መልስታትኩም ኣብዚ ታብለት ይዕቀቡ።

step-of = ስጉምቲ { $step } ካብ { $steps }
step-consent = ቅድሚ ምጅማርና
step-about = ብዛዕባኹም
step-languages = ቋንቋታት
step-education = ቤት ትምህርትን ትምህርትን
step-work = ስራሕ
step-skills = ካልኦት ክእለታት
step-wishes = ትምኒታት ንመጻኢ
step-review = ፈትሹ እሞ ስደዱ
back = ንድሕሪት
next = ቀጽሉ
choose = ምረጹ …
yes = እወ
no = ኣይፋል
remove = ኣልግሱ
change = ቀይሩ
edit = ቀይሩ

consent-purpose = ኣብዚ እትፈልጥዎን እትኽእልዎን ክትነግሩ ትኽእሉ ኢኹም፡ ቋንቋታት፣ ቤት ትምህርቲ፣ ስራሕን ካልኦት ክእለታትን። እዚ ኣብ ኖርወይ መንበሪ ቦታን ናብ ስራሕ ወይ ቤት ትምህርቲ ዘብጽሕ መገዲን ንምርካብ የቕልል።
consent-who = ሰበ-ስልጣን ምስፋር፣ ከምኡ'ውን እቲ ክሰፍረኩም ዝሰማማዕ ምምሕዳር (ኮሙነ)፣ መልስታትኩም ክርእዩ እዮም። ኣብ መቐበሊ ማእከል ዘሎ ኣማኻሪ ሞያ'ውን ክርእዮም ይኽእል እዩ።
consent-voluntary = እዚ ብድሌትኩም እዩ። እንታይ ከም እትምልሱ ባዕልኹም ትውስኑ።
consent-not-asylum = መልስታትኩም ንጉዳይ ዑቕባኹም ኣይውዕሉን እዮም።
consent-withdraw = «እወ» ዝበልኩምዎ ኣብ ዝኾነ ግዜ ክትስሕብዎ ትኽእሉ ኢኹም። ንሰራሕተኛታት ሕተቱ።
consent-assisted = ሓደ ሰራሕተኛ ክመልእ ይሕግዘኒ ኣሎ።
consent-question = ክትምዝገቡ ትደልዩ ዲኹም?
consent-yes = እወ፡ እደሊ እየ
consent-no = ኣይፋል፡ ሕጂ ኣይኮነን
declined-title = ዋላ ሓደ ነገር ኣይተዓቀበን
declined-body = ኣይፋል ኢልኩም፣ ስለዚ ካብቲ ዝጸሓፍኩምዎ ዋላ ሓደ ኣይተዓቀበን። ኣብ ዝደለኹምዎ ግዜ እንደገና ክትጅምሩ ትኽእሉ ኢኹም።

field-given-name = ሽም
field-family-name = ሽም ስድራቤት
field-latin-name = ሽምኩም ብላቲን ፊደላት (ከምቲ ኣብ ናይ ኖርወይ ወረቓቕቲ ዘሎ)
field-year = ዓመተ ልደት
field-gender = ጾታ
field-origin = ዝመጻእኩምሉ ሃገር
field-citizenship = ዜግነት
field-case-number = ቁጽሪ ጉዳይ ካብ UDI (እንተ ትፈልጥዎ)
field-phone = ቁጽሪ ተሌፎን
field-languages = ኣየኖት ቋንቋታት ትዛረቡ?
field-other-language = ካልእ ቋንቋ
field-mother-tongue = ቋንቋ ኣደ
field-scripts = ኣየናይ ፊደል ከተንብቡ ትኽእሉ?
field-literacy = ምንባብን ምጽሓፍን

education-intro = ዝተማሃርኩምሉ ኩሉ ኣብያተ ትምህርትን ትምህርትታትን ጽሓፉ፣ ዘይወዳእኩምዎ'ውን ከይተረፈ።
education-add = ቤት ትምህርቲ ወስኹ
education-entry = ቤት ትምህርቲ { $number }
field-education-level = ኣየናይ ደረጃ?
field-education-field = ዓውዲ ትምህርቲ
field-institution = ሽም ቤት ትምህርቲ
field-country = ሃገር
field-start-year = ካብ ዓመት
field-end-year = ክሳብ ዓመት
field-years-completed = ብዝሒ ዓመታት
field-completed = ወዲእኩምዎ ዲኹም?
field-documents = ምስክር ወረቐት ወይ ካልእ ወረቐት ኣለኩም ዶ?

work-intro = ዝሰራሕኩምዎም ኩሎም ስራሓት ጽሓፉ፣ ኣብ ናይ ባዕልኹም ንግዲ፣ ኣብ ገዛ ወይ ኣብ ሕርሻ ዝሰራሕኩምዎ'ውን ከይተረፈ።
work-add = ስራሕ ወስኹ
work-entry = ስራሕ { $number }
field-occupation = እቲ ስራሕ እንታይ ነይሩ?
occupation-search-hint = ሓደ ቃል ጽሓፉ፡ ንኣብነት «ሰራሒ መግቢ» ወይ «ዘዋሪ»።
occupation-none-found = ዋላ ሓደ ኣይተረኽበን። ካልእ ቃል ፈትኑ፣ ወይ ኣብ ታሕቲ ዘሎ ዓውዲ ምረጹ።
occupation-group = እቲ ስራሕ ኣይረኸብኩምዎን? ዓውዲ ምረጹ፡
field-job-title = ሽም ወይ ኣርእስቲ ናይቲ ስራሕ (ብናትኩም ቃላት)
field-years = ብዝሒ ዓመታት
field-employment = ተቖጺርኩም ወይስ ናይ ባዕልኹም ንግዲ?
field-tasks = ኣብቲ ስራሕ እንታይ ትገብሩ ነይርኩም?
field-tools = ዝተጠቐምኩምሎም መሳርሒታትን ማሽናትን

field-licences = መንጃ ፍቓድ
field-digital = ተሌፎንን ኮምፒዩተርን
field-certificates = ኮርሳትን ሰርቲፊኬታትን
field-certificate = ኮርስ ወይ ሰርቲፊኬት
certificate-add = ኮርስ ወስኹ
field-crafts = ኢደ-ጥበብን ግብራዊ ክእለታትን
field-volunteer = ወለንታዊ ስራሕ

field-wished-work = ኣብ ኖርወይ እንታይ ስራሕ ክትሰርሑ ትደልዩ?
field-wished-work-add = ስራሕ ወስኹ
field-wished-education = እንታይ ትምህርቲ ክትመሃሩ ትደልዩ?
field-region = ኣብ ኖርወይ ኣበይ ክትነብሩ ትደልዩ?
field-availability = መዓስ ክትጅምሩ ትኽእሉ?
field-planning-voluntary = ብድሌት፡ እንተደሊኹም ጥራይ።
field-planning-notes = ብዛዕባ ጥዕና ወይ ካልእ ነገር፡ እቲ ምምሕዳር (ኮሙነ) ንምትላም ክፈልጦ ዘለዎ

review-fix = ገለ መልስታት ጎዲሎም ወይ ክእረሙ ኣለዎም፡
review-empty = ኣይተመለሰን።
years-count =
    { $count ->
        [one] { $count } ዓመት
       *[other] { $count } ዓመታት
    }

submit = ምዝገባይ ስደዱ
submit-fix = በጃኹም ብቐይሕ ዝተመልከቱ መልስታት ፈትሹ።

status-draft = ኣብዚ ታብለት ተዓቂቡ ኣሎ።
status-queued =
    { $count ->
        [one] { $count } ምዝገባ ክስደድ ይጽበ ኣሎ።
       *[other] { $count } ምዝገባታት ክስደዱ ይጽበዩ ኣለዉ።
    }
status-offline = ሕጂ ኔትዎርክ የለን። ኔትዎርክ ምስ ተመልሰ እቲ ምዝገባ ክስደድ እዩ።
status-sent = ምዝገባኹም ተሰዲዱ ኣሎ።
status-rejected = ሓደ ምዝገባ ክስደድ ኣይከኣለን። በጃኹም ንሰራሕተኛታት ሓገዝ ሕተቱ።

sent-title = የቐንየልና!
sent-body = ምዝገባኹም ውሑስ እዩ። ኔትዎርክ ምስ ተረኽበ ናብ ቤት ጽሕፈት ምስፋር ክስደድ እዩ። ድሕሪኡ ካብኡ ዝኾነ ነገር ኣብዚ ታብለት ኣይተርፍን።
new-registration = ሓድሽ ምዝገባ ጀምሩ
read-aloud = ብድምጺ ምንባብ
bilingual-toggle = ኖርወይኛ'ውን ኣርእዩ
resume-code-yours = ኮድኩም፡ { $code }። ጽሓፍዎ። ዕረፍቲ እንተ ወሰድኩም ከድልየኩም እዩ።
resume-open = ምዝገባ ቀጽሉ
resume-code = ኮድኩም ጽሓፉ (4 ኣሃዛት)
resume-submit = ቀጽሉ
resume-wrong-code = እቲ ኮድ ቅኑዕ ኣይኮነን። እንደገና ፈትኑ።
resume-too-many = ብዙሕ ጌጋ ፈተነታት። ሓሙሽተ ደቒቕ ተጸበዩ፡ ወይ ድማ ንሰራሕተኛታት ሕተቱ።
done-next = ቀጺሉ እንታይ ይኸውን፡ ሰበ-ስልጣን ምስፋር ምዝገባኹም ከንብብዎ እዮም። ሓደ ምምሕዳር (ኮሙነ) ክሰፍረኩም ምስ ተሰማምዐ፡ እቲ ምምሕዳር ይረኽቦ። ሕቶ እንተልዩኩም ንሰራሕተኛታት ሕተቱ።
print-copy = ቅዳሕ ሕተሙለይ
print-title = ምዝገባይ ኣብ Evne

error-required = በጃኹም ነዚ መልሱ።
error-too-long = እቲ ጽሑፍ ኣዝዩ ነዊሕ እዩ።
error-invalid-text = ኣብቲ ጽሑፍ ክሰርሑ ዘይክእሉ ፊደላት ኣለዉ።
error-year-too-early = እዚ ዓመት ቅኑዕ ኣይመስልን። በጃኹም ፈትሽዎ።
error-too-young = ኣብዚ ንምምዝጋብ ዕድሜኹም እንተወሓደ 15 ዓመት ክኸውን ኣለዎ።
error-year-out-of-range = ነቲ ዓመት ፈትሽዎ። ቅድሚ ዝተወለድኩምሉ ዓመት ወይ ድሕሪ ናይ ሎሚ ዓመት ክኸውን ኣይክእልን።
error-end-before-start = ዓመት መወዳእታ ቅድሚ ዓመት መጀመርታ እዩ።
error-years-out-of-range = ብዝሒ ዓመታት ፈትሹ።
error-too-many = ኣዝዮም ብዙሓት እዮም። ገሊኦም ኣልግሱ።
error-duplicate = እዚ ክልተ ግዜ ተመሪጹ ኣሎ።
error-choose-again = በጃኹም እንደገና ምረጹ።
error-case-number = ቁጽሪ ጉዳይ 12 ኣሃዛት ኣለዎ፡ ንኣብነት 2019 123456 01።
error-phone = ቁጽሪ ተሌፎን ብቑጽሪ ጥራይ ጽሓፉ፡ ንኣብነት +47 912 34 567።
error-consent = ቅድሚ ምስዳድኩም «እወ» ክትብሉ ኣለኩም።
error-storage = ኣስተውዕሉ፡ መልስኹም ኣብዚ ታብለት ኣይተዓቀበን። በጃኹም ንሰራሕተኛታት ሓገዝ ሕተቱ።

error-private-mode = እዚ መስኮት ብራውዘር እዚ ዝጸሓፍኩሞ ኣይዕቅብን እዩ (ብሕታዊ ምድህሳስ)። በጃኹም ሰራሕተኛታት ናይ Evne ኣፕ ክኸፍቱልኩም ሕተቱ።
old-browser = Evne ኣብዚ ብራውዘር እዚ ኣይሰርሕን እዩ፡ እቲ ብራውዘር ኣዝዩ ኣረጊት እዩ። በጃኹም ኣብ Android ታብለት Chrome፣ ወይ ኣብ iPadOS 16 ወይ ካብኡ ዝሓድሽ ዘለዎ iPad Safari ተጠቐሙ፡ ወይ ድማ ንሰራሕተኛታት ሕተቱ።
error-app-load = ምዝገባ ገና ክጽዓን ኣይከኣለን። ባዕሉ እንደገና ክፍትን እዩ። እንተ ቀጺሉ፡ ንሰራሕተኛታት ሓገዝ ሕተቱ።
error-no-key = እዚ ታብለት እዚ ገና ምዝገባታት ክሰድድ ኣይክእልን እዩ። በጃኹም ሰራሕተኛታት ሓንሳብ ምስ መርበብ ከራኽብዎ ሕተቱ።

# ስክሪን ታብለት፡ ንሰራሕተኛታት መቐበሊ ማእከል። ኣብኡ ዝኾነ ውልቃዊ ሓበሬታ ኣይርአን።
tablet-open = ኩነታት ታብለት (ንሰራሕተኛታት)
tablet-title = ኩነታት ታብለት
tablet-back = ንድሕሪት
tablet-storage-kept = እቲ ብራውዘር ናይዚ ኣፕ ሓበሬታ ይዕቅቦ።
tablet-storage-not-kept = እቲ ብራውዘር ቦታ ምስ ዝውሕድ ናይዚ ኣፕ ሓበሬታ ክድምስሶ ይኽእል። ምእንቲ ክዕቀብ፡ ነቲ ኣፕ ኣብ ቀንዲ ስክሪን ጽዓንዎ።
tablet-storage-used = { $percent } % ካብቲ መዐቀቢ ቦታ ተታሒዙ ኣሎ።
tablet-storage-full = መዐቀቢ ቦታ ክመልእ ቀሪቡ ኣሎ። ዝጽበዩ ዘለዉ ምዝገባታት ስደዱ፡ ኣብቲ ታብለት ድማ ቦታ ኣጽርዩ።
tablet-storage-unknown = እቲ ብራውዘር ክንደይ መዐቀቢ ቦታ ከም ዝተጠቕመ ኣይሕብርን።
tablet-storage-lasted = እዚ ብራውዘር እዚ ናይቲ ኣፕ ሓበሬታ ይዕቅቦ ድዩ ኣይዕቅቦን ኣይሕብርን፡ ግን ካብ { $date } ጀሚሩ ዓቂብዎ ኣሎ። ካብ ሽዑ ንደሓር እቲ ኣፕ ክንደይ ግዜ ከም ዝጀመረ፡ { $starts }።
tablet-storage-first = እዚ ብራውዘር እዚ ናይቲ ኣፕ ሓበሬታ ይዕቅቦ ድዩ ኣይዕቅቦን ኣይሕብርን፡ እቲ ኣፕ ድማ ኣብዚ ብራውዘር እዚ ንመጀመርታ ግዜ እዩ ዝጅምር ዘሎ። መስኮት ብሕታዊ ምድህሳስ ምስ ዝዕጾ ኩሉ ነገር ይጠፍእ፡ ነቲ ዝተጻዕነ ኣፕ ተጠቐሙ።
tablet-queue-title = ክለኣኹ ዝጽበዩ ዘለዉ ምዝገባታት
tablet-queue-empty = ዝጽበ ዘሎ ነገር የለን።
tablet-entry =
    { $minutes } ደቒቕ ተጸቢዩ ኣሎ፡ { $attempts ->
        [one] ሓደ ፈተነ።
       *[other] { $attempts } ፈተነታት።
    }
tablet-entry-error-offline = ናይ መወዳእታ ፈተነ፡ መርበብ የለን።
tablet-entry-error = ናይ መወዳእታ ፈተነ፡ እቲ ሰርቨር { $detail } ኢሉ መሊሱ።
tablet-entry-refused = እቲ ሰርቨር ነጺግዎ። ኣብዚ ታብለት ይተርፍ። ንጉጅለ ደገፍ ተወከሱ።
tablet-entry-attention = ኣቓልቦ የድልዮ፡ ካብ ሓደ መዓልቲ ንላዕሊ ተጸቢዩ ኣሎ።
tablet-send-now = ሕጂ ስደዱ
tablet-update-ready = ሓድሽ ስሪት ናይዚ ኣፕ ድሉው እዩ። ቅድሚ እቲ ዝቕጽል ምዝገባ ክጅምር እዩ።
tablet-update-now = ሕጂ ኣሐድሱ
tablet-draft-expires = ኣብዚ ታብለት ዘሎ ዘይተወድአ ምዝገባ፡ ሓደ ሰብ እንተዘይቀጺልዎ ኣብ ውሽጢ { $minutes } ደቒቕ ክድምሰስ እዩ።
tablet-idle-hours = ዘይተወድኡ ምዝገባታት ድሕሪ ክንደይ ግዜ ይደምሰሱ
tablet-hours = { $hours } ሰዓታት
tablet-device = መለለዪ ታብለት፡ { $id }
status-not-enrolled = እዚ ታብለት ገና ኣይተመዝገበን፣ ስለዚ ዋላ ሓደ ነገር ክስደድ ኣይክእልን እዩ። በጃኹም ንሰራሕተኛታት ሕተቱ።
tablet-enrol-title = ነዚ ታብለት መዝግቡ
tablet-enrol-intro = ሰራሕተኛታት መቐበሊ ማእከል፡ ነዚ ታብለት ንማእከልኩም ንምምዝጋብ ብሽም ተጠቃሚን መሕለፊ ቃልን እተዉ። እዚ ሓበሬታ ንእዚ ጥራይ እዩ ዝውዕል፣ ኣብ ታብለት ድማ ኣይዕቀብን እዩ።
tablet-enrol-username = ሽም ተጠቃሚ
tablet-enrol-password = መሕለፊ ቃል
tablet-enrol-submit = መዝግቡ
tablet-enrol-failed-login = ሽም ተጠቃሚ ወይ መሕለፊ ቃል ጌጋ እዩ።
tablet-enrol-failed-locked = ብዙሕ ዘይተዓወቱ ፈተነታት። 15 ደቒቕ ተጸበዩ እሞ እንደገና ፈትኑ።
tablet-enrol-failed-role = እዚ ተጠቃሚ እዚ ታብለታት ክምዝግብ ኣይክእልን እዩ (ሰራሕተኛታት መቐበሊ ማእከል ጥራይ እዮም ዝኽእሉ)፣ ወይ ድማ ቅድም መሕለፊ ቃሉ ክቕይር ኣለዎ።
tablet-enrol-failed-network = እቲ ሰርቨር ክረኸብ ኣይከኣለን። ነቲ ታብለት ምስ መርበብ ኣራኽብዎ እሞ እንደገና ፈትኑ።
tablet-retry-refused = ነቶም ዝተነጸጉ ደጊምኩም ፈትኑ

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = ኣብዚ ታብለት ዘለዉ ዘይተወድኡ ምዝገባታት
tablet-lock-none = ዘይተወድኡ ምዝገባታት ገና ብመሸጎሪ ስክሪን ናይዚ ታብለት ኣይተሸጎሩን፡ ቅዳሕ ናይ ፋይላት ብራውዘር ዘለዎ ሰብ ክኸፍቶም ይኽእል።
tablet-lock-set = ዘይተወድኡ ምዝገባታት ብመሸጎሪ ስክሪን ናይቲ ታብለት ሸጉሩ
tablet-lock-locked = ዝተዓቀቡ ዘይተወድኡ ምዝገባታት እቲ ኣፕ ካብ ዝጀመረ ተሸጊሮም ኣለዉ። ዝተዓቀበ ምዝገባ ንምቕጻል ብመሸጎሪ ስክሪን ናይቲ ታብለት ክፈትዎም።
tablet-unlock = ብመሸጎሪ ስክሪን ናይቲ ታብለት ክፈቱ
tablet-lock-unlocked = ዘይተወድኡ ምዝገባታት ብመሸጎሪ ስክሪን ናይቲ ታብለት ዝተሓለዉ እዮም፣ እቲ ኣፕ እንደገና ክሳብ ዝጅምር ድማ ክፉታት እዮም።
tablet-lock-failed = መሸጎሪ ስክሪን ኣይመለሰን። እንደገና ፈትኑ።
tablet-lock-server-offer = እዚ ብራውዘር እዚ ዘይተወድኡ ምዝገባታት ብመሸጎሪ ስክሪን ናይቲ ታብለት ክሸጉር ኣይክእልን እዩ። ኣብ ክንድኡ ብምእታው ሰራሕተኛ ሸጉርዎም፡ እቲ መፍትሕ ኣብቲ ሰርቨር እዩ ዘሎ፣ እቲ ሰርቨር ድማ ሰራሕተኛ ማእከልኩም ምስ ዝኣቱ ነዚ ታብለት ጥራይ ይህቦ። ስለዚ ኣብ ነፍሲ ወከፍ ምኽፋት መርበብ የድሊ።
tablet-lock-server-set = ዘይተወድኡ ምዝገባታት ብምእታው ሰራሕተኛ ሸጉሩ
tablet-lock-locked-server = ዝተዓቀቡ ዘይተወድኡ ምዝገባታት እቲ ኣፕ ካብ ዝጀመረ ተሸጊሮም ኣለዉ። ሰራሕተኛታት ናይዚ መቐበሊ ማእከል ብናቶም ምእታው ይኸፍትዎም። እቲ ታብለት ምስ መርበብ ክራኸብ ኣለዎ።
tablet-unlock-server = ብምእታው ሰራሕተኛ ክፈቱ
tablet-lock-unlocked-server = ዘይተወድኡ ምዝገባታት ብመፍትሕ ዝተሓለዉ እዮም፣ እቲ ሰርቨር ነቲ መፍትሕ ሰራሕተኛ ምስ ዝኣቱ ነዚ ታብለት ጥራይ እዩ ዝህቦ። እቲ ኣፕ እንደገና ክሳብ ዝጅምር ድማ ክፉታት እዮም።
tablet-lock-server-failed-role = ነዚ ክገብሩ ዝኽእሉ ሰራሕተኛታት መቐበሊ ማእከል ናይዚ ታብለት ጥራይ እዮም፣ ብናቶም መሕለፊ ቃል (ቅድም ናይ ሓደ ግዜ መሕለፊ ቃል ቀይሩ)።
tablet-lock-server-failed-device = እዚ ታብለት እዚ ኣይተመዝገበን፣ ወይ ድማ ርክቡ ተቋሪጹ እዩ፡ እቲ ሰርቨር ነቲ መፍትሕ ኣይህቦን።
tablet-lock-server-failed-key = መፍትሕ ናይቲ ሰርቨር ነቶም ኣብዚ ታብለት ዘለዉ ዘይተወድኡ ምዝገባታት ኣይከፍቶምን። ንኣመሓዳሪ ተወከሱ።
drafts-locked = ኣብዚ ታብለት ዝተዓቀቡ ምዝገባታት ተሸጊሮም ኣለዉ። ሓደ ሰራሕተኛ ኣብ ስክሪን ኩነታት ታብለት ክኸፍቶም ይኽእል። ሓድሽ ምዝገባ ክትጅምሩ ትኽእሉ ኢኹም።
