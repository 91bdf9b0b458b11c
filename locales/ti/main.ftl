# Evne — resident app, Tigrinya.
app-title = Evne
app-tagline = ፍልጠትኩምን ክእለትኩምን መዝግቡ

language-title = ቋንቋኹም ምረጹ
language-change = ቋንቋ ቀይሩ

form-title = ብዛዕባኹም
form-intro = ክትጽሕፉ ከለኹም መልስታትኩም ኣብዚ ታብለት ይዕቀቡ።
field-name = ስምኩም
field-name-hint = ስምኩም ከምቲ ወትሩ እትጽሕፍዎ ጽሓፍዎ።
field-year = ዓመተ ልደት
field-year-hint = ንኣብነት 1990
field-languages = ኣየኖት ቋንቋታት ትዛረቡ?


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

error-name-empty = በጃኹም ስምኩም ጽሓፉ።
error-name-too-long = እቲ ስም ኣዝዩ ነዊሕ እዩ።
error-name-invalid = ኣብቲ ስም ክሰርሑ ዘይክእሉ ፊደላት ኣለዉ።
error-year-missing = በጃኹም ዝተወለድኩምሉ ዓመት ጽሓፉ።
error-year-not-a-number = በጃኹም ነቲ ዓመት ብቑጽሪ ጥራይ ጽሓፍዎ፡ ንኣብነት 1990።
error-year-too-early = እዚ ዓመት ቅኑዕ ኣይመስልን። በጃኹም ፈትሽዎ።
error-year-too-late = ኣብዚ ንምምዝጋብ ዕድሜኹም እንተወሓደ 15 ዓመት ክኸውን ኣለዎ።
error-languages-empty = በጃኹም እንተወሓደ ሓደ ቋንቋ ምረጹ።
error-languages-invalid = ሓደ ካብቶም ቋንቋታት ክሰርሕ ኣይክእልን። በጃኹም እንደገና ምረጹ።
error-locale-invalid = በጃኹም ቋንቋኹም እንደገና ምረጹ።
error-storage = ኣስተውዕሉ፡ መልስኹም ኣብዚ ታብለት ኣይተዓቀበን። በጃኹም ንሰራሕተኛታት ሓገዝ ሕተቱ።

error-private-mode = እዚ መስኮት ብራውዘር እዚ ዝጸሓፍኩሞ ኣይዕቅብን እዩ (ብሕታዊ ምድህሳስ)። በጃኹም ሰራሕተኛታት ናይ Evne ኣፕ ክኸፍቱልኩም ሕተቱ።
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
