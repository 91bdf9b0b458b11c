# Evne — resident app, Somali. Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = Diiwaangeli waxaad taqaanno iyo waxaad qaban karto

language-title = Dooro luqaddaada
language-missing = Luqaddaydu halkan kuma jirto
language-missing-title = Luqaddee ayaad ku hadashaa?
language-missing-noted = Mahadsanid. Waan qornay luqaddaada.
language-missing-staff = Fadlan shaashaddan tus shaqaalaha. Waxay kuu heli doonaan turjubaan.
language-change = Beddel luqadda

form-intro = Jawaabahaaga waxaa lagu kaydinayaa tablet-kan inta aad qoraysid.

step-of = Tallaabada { $step } ee { $steps }
step-consent = Ka hor intaynaan bilaabin
step-about = Wax kugu saabsan
step-languages = Luqadaha
step-education = Dugsi iyo waxbarasho
step-work = Shaqo
step-skills = Xirfado kale
step-wishes = Waxaad mustaqbalka rabto
step-review = Hubi oo dir
back = Dib u noqo
next = Xiga
choose = Dooro …
yes = Haa
no = Maya
remove = Ka saar
change = Beddel
edit = Beddel

consent-purpose = Halkan waxaad ku sheegi kartaa waxaad taqaanno iyo waxaad qaban karto: luqado, dugsi, shaqo iyo xirfado kale. Tani waxay fududaynaysaa in la helo meel aad ku noolaato iyo waddo aad shaqo ama dugsi ku gaarto gudaha Noorweey.
consent-who = Hay'adaha dejinta iyo degmada oggolaata inay ku dejiso ayaa arki doona jawaabahaaga. La-taliyaha shaqada ee xarunta ayaa sidoo kale arki kara jawaabaha.
consent-voluntary = Waa ikhtiyaari. Adiga ayaa go'aansanaya waxaad ka jawaabayso.
consent-not-asylum = Jawaabahaaga looma isticmaalo kiiska magangalyadaada.
consent-withdraw = Wakhti kasta waad ka noqon kartaa "haa"-da aad tidhi. Weydii shaqaalaha.
consent-assisted = Shaqaale ayaa iga caawinaya buuxinta.
consent-question = Ma rabtaa inaad is diiwaangeliso?
consent-yes = Haa, waan rabaa
consent-no = Maya, hadda maaha
declined-title = Waxba lama kaydin
declined-body = Waxaad tidhi maya, sidaa darteed waxba lagama kaydin waxaad qortay. Mar kale ayaad bilaabi kartaa wakhtiga aad doonto.

field-given-name = Magaca koowaad
field-family-name = Magaca qoyska
field-latin-name = Magacaaga oo far Laatiin ah (sida waraaqaha Noorweey)
field-year = Sannadka dhalashada
field-gender = Jinsiga
field-origin = Dalka aad ka timid
field-citizenship = Jinsiyadda
field-case-number = Lambarka kiiska ee UDI (haddii aad taqaanno)
field-phone = Lambarka taleefanka
field-languages = Luqadee ayaad ku hadashaa?
field-other-language = Luqad kale
field-mother-tongue = Afka hooyo
field-scripts = Far noocee ah ayaad akhriyi kartaa?
field-literacy = Akhris iyo qoraal

education-intro = Qor dhammaan dugsiyada iyo waxbarashada aad gashay, xitaa kuwii aadan dhammaystirin.
education-add = Ku dar dugsi
education-entry = Dugsi { $number }
field-education-level = Waa heerkee?
field-education-field = Maaddada
field-institution = Magaca dugsiga
field-country = Dalka
field-start-year = Sannadka aad bilowday
field-end-year = Sannadka aad joojisay
field-years-completed = Tirada sannadaha
field-completed = Ma dhammaysay?
field-documents = Ma haysataa shahaado ama waraaqo?

work-intro = Qor dhammaan shaqooyinkii aad qabatay, xitaa ganacsigaaga, guriga ama beerta.
work-add = Ku dar shaqo
work-entry = Shaqo { $number }
field-occupation = Shaqadu maxay ahayd?
occupation-search-hint = Qor eray, tusaale ahaan "cunto-kariye" ama "darawal".
occupation-none-found = Waxba lama helin. Isku day eray kale, ama hoos ka dooro qayb.
occupation-group = Shaqada ma heli weyday? Dooro qayb:
field-job-title = Magaca ama cinwaanka shaqada (erayadaada)
field-years = Tirada sannadaha
field-employment = Shaqaale mise ganacsi adiga kuu gaar ah?
field-tasks = Maxaad ka qaban jirtay shaqada?
field-tools = Qalabka iyo mashiinnada aad isticmaashay

field-licences = Liisanka darawalnimada
field-digital = Taleefan iyo kombiyuutar
field-certificates = Koorsooyin iyo shahaadooyin
field-certificate = Koorso ama shahaado
certificate-add = Ku dar koorso
field-crafts = Farsamo gacmeed iyo xirfado ficil ah
field-volunteer = Shaqo tabarruc ah

field-wished-work = Shaqo noocee ah ayaad rabtaa inaad ka qabato Noorweey?
field-wished-work-add = Ku dar nooc shaqo
field-wished-education = Waxbarasho noocee ah ayaad rabtaa?
field-region = Noorweey meeshee ayaad rabtaa inaad ku noolaato?
field-availability = Goorma ayaad bilaabi kartaa?
field-planning-voluntary = Ikhtiyaari: keliya haddii aad rabto.
field-planning-notes = Caafimaad ama wax kale oo degmadu u baahan tahay inay ogaato si ay u qorsheyso

review-fix = Jawaabo qaar ayaa maqan ama u baahan in la saxo:
review-empty = Lagama jawaabin.
years-count =
    { $count ->
        [one] { $count } sano
       *[other] { $count } sano
    }

submit = Dir diiwaangelintayda
submit-fix = Fadlan eeg jawaabaha lagu calaamadeeyay midabka cas.

status-draft = Waxaa lagu kaydiyay tablet-kan.
status-queued =
    { $count ->
        [one] Hal diiwaangelin ayaa sugaysa in la diro.
       *[other] { $count } diiwaangelin ayaa sugaya in la diro.
    }
status-offline = Hadda internet ma jiro. Diiwaangelinta waa la diri doonaa marka internetku soo laabto.
status-sent = Diiwaangelintaada waa la diray.
status-rejected = Hal diiwaangelin lama diri karin. Fadlan caawimaad ka weydii shaqaalaha.

sent-title = Mahadsanid!
sent-body = Diiwaangelintaadu waa ammaan. Waxaa loo diri doonaa xafiiska dejinta marka internet la helo. Intaas kadib waxba kama hadhayaan tablet-kan.
new-registration = Bilow diiwaangelin cusub
read-aloud = Kor u akhri
bilingual-toggle = Sidoo kale tus af-Noorweejiga
resume-code-yours = Koodhkaaga: { $code }. Meel ku qor. Waad u baahan doontaa haddii aad nasasho qaadato.
resume-open = Sii wad diiwaangelin
resume-code = Qor koodhkaaga (4 tiro)
resume-submit = Sii wad
resume-wrong-code = Koodhku sax ma aha. Mar kale isku day.
resume-too-many = Isku dayo khaldan oo aad u badan. Sug shan daqiiqo, ama weydii shaqaalaha.
done-next = Maxaa xiga: Hay'adaha dejinta ayaa akhrin doona diiwaangelintaada. Marka degmo oggolaato inay ku dejiso, degmadaas ayaa heli doonta. Haddii aad su'aalo qabto, weydii shaqaalaha.
print-copy = Nuqul ii daabac
print-title = Diiwaangelintayda ee Evne

error-required = Fadlan ka jawaab tan.
error-too-long = Qoraalku aad buu u dheer yahay.
error-invalid-text = Qoraalku wuxuu leeyahay xarfo ama calaamado aan la isticmaali karin.
error-year-too-early = Sannadkaas aad buu u hore yahay. Fadlan hubi.
error-too-young = Waa inaad ugu yaraan 15 jir tahay si aad halkan isugu diiwaangeliso.
error-year-out-of-range = Hubi sannadka. Ma noqon karo ka hor intaadan dhalan ama sannadkan kadib.
error-end-before-start = Sannadka aad joojisay wuu ka horreeyaa sannadka aad bilowday.
error-years-out-of-range = Hubi tirada sannadaha.
error-too-many = Aad bay u badan yihiin. Qaar ka saar.
error-duplicate = Tan laba jeer ayaa la doortay.
error-choose-again = Fadlan mar kale dooro.
error-case-number = Lambarka kiisku waa 12 tiro, tusaale ahaan 2019 123456 01.
error-phone = Lambarka taleefanka ku qor tirooyin keliya, tusaale ahaan +47 912 34 567.
error-consent = Waa inaad "haa" tidhaahdaa ka hor intaadan dirin.
error-storage = Jawaabtaada LAGUMA kaydin tablet-kan. Fadlan caawimaad ka weydii shaqaalaha.

error-private-mode = Daaqaddan browser-ka ma kaydiso waxa la qoro (private browsing). Fadlan ka codso shaqaalaha inay furaan app-ka Evne.
old-browser = Browser-kan aad buu u duugoobay, Evne kuma shaqeyn karo. Fadlan isticmaal Chrome oo ku jira tablet Android ah, ama Safari oo ku jira iPad leh iPadOS 16 ama mid ka cusub, ama weydii shaqaalaha.
error-app-load = Diiwaangelinta weli lama soo rarin. Si iskeed ah ayay mar kale isku dayaysaa. Haddii ay sii socoto, shaqaalaha caawimaad weydiiso.
error-no-key = Tablet-kan weli ma diri karo diiwaangelinno. Fadlan ka codso shaqaalaha inay hal mar ku xiraan internetka.

# The tablet screen, for reception staff. No personal data is shown there.
tablet-open = Xaaladda tablet-ka (shaqaalaha)
tablet-title = Xaaladda tablet-ka
tablet-back = Dib u noqo
tablet-storage-kept = Browser-ku wuu ilaaliyaa xogta app-kan.
tablet-storage-not-kept = Browser-ku wuu tirtiri karaa xogta app-ka marka meeshu yaraato. Ku rakib app-ka shaashadda hore si xogta loo ilaaliyo.
tablet-storage-used = { $percent } % meesha kaydinta ayaa la isticmaalay.
tablet-storage-full = Meesha kaydintu waxay ku dhowdahay inay buuxsanto. Dir diiwaangelinnada sugaya, oo meel ka bannee tablet-ka.
tablet-storage-unknown = Browser-ku ma muujiyo inta meesha kaydinta laga isticmaalay.
tablet-storage-lasted = Browser-kan ma muujiyo inuu ilaaliyo xogta app-ka iyo in kale, laakiin wuu ilaaliyay tan iyo { $date }. Inta jeer ee app-ka la bilaabay tan iyo markaas: { $starts }.
tablet-storage-first = Browser-kan ma muujiyo inuu ilaaliyo xogta app-ka iyo in kale, tanina waa markii ugu horreysay ee app-ka lagu bilaabo browser-kan. Daaqad private browsing ah wax walba way lumisaa marka la xiro: isticmaal app-ka la rakibay.
tablet-queue-title = Diiwaangelinnada sugaya in la diro
tablet-queue-empty = Waxba ma sugayaan.
tablet-entry =
    Sugitaan: { $minutes } daqiiqo, { $attempts ->
        [one] hal isku day.
       *[other] { $attempts } isku day.
    }
tablet-entry-error-offline = Isku daygii ugu dambeeyay: internet ma jirin.
tablet-entry-error = Isku daygii ugu dambeeyay: server-ku wuxuu ku jawaabay { $detail }.
tablet-entry-refused = Server-ku wuu diiday. Waxay ku hadhaysaa tablet-kan. La xiriir taageerada farsamada.
tablet-entry-attention = Waxay u baahan tahay dabagal: waxay sugaysay in ka badan hal maalin.
tablet-send-now = Hadda dir
tablet-update-ready = Nooc cusub oo app-ka ah ayaa diyaar ah. Wuxuu bilaabanayaa ka hor diiwaangelinta xigta.
tablet-update-now = Hadda cusboonaysii
tablet-draft-expires = Diiwaangelin aan dhammaan oo ku jirta tablet-kan waa la tirtiri doonaa { $minutes } daqiiqo kadib haddii aan qofna sii wadin.
tablet-idle-hours = Tirtir diiwaangelinnada aan dhammaan kadib
tablet-hours = { $hours } saacadood
tablet-device = Aqoonsiga tablet-ka: { $id }
status-not-enrolled = Tablet-kan weli lama xirin, sidaa darteed waxba lama diri karo. Fadlan weydii shaqaalaha.
tablet-enrol-title = Diiwaangeli tablet-kan
tablet-enrol-intro = Shaqaalaha xarunta: gal (log in) si aad tablet-kan ugu diiwaangeliso xaruntiinna. Gelitaankaaga waxaa loo isticmaalaa oo keliya tan, laguma kaydinayo tablet-ka.
tablet-enrol-username = Magaca isticmaalaha
tablet-enrol-password = Erayga sirta ah
tablet-enrol-submit = Diiwaangeli tablet-ka
tablet-enrol-failed-login = Magaca isticmaalaha ama erayga sirta ah waa khalad.
tablet-enrol-failed-locked = Isku dayo badan ayaa fashilmay. Sug 15 daqiiqo oo mar kale isku day.
tablet-enrol-failed-role = Isticmaalahan ma diiwaangelin karo tablet-yada (shaqaalaha xarun oo keliya ayaa awooda), ama marka hore waa inuu beddelaa erayga sirta ah.
tablet-enrol-failed-network = Server-ka lama gaari karo. Tablet-ka ku xir internetka oo mar kale isku day.
tablet-retry-refused = Mar kale isku day kuwii la diiday

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = Diiwaangelinnada aan dhammaan ee tablet-kan
tablet-lock-none = Diiwaangelinnada aan dhammaan weli laguma quflin qufulka shaashadda tablet-kan: qof kasta oo haysta nuqul faylasha browser-ka ah ayaa furi kara.
tablet-lock-set = Ku quful diiwaangelinnada aan dhammaan qufulka shaashadda tablet-ka
tablet-lock-locked = Diiwaangelinnada aan dhammaan ee la kaydiyay waa qufulan yihiin tan iyo markii app-ku bilaabmay. Ku fur qufulka shaashadda tablet-ka si aad u sii wadato diiwaangelin la kaydiyay.
tablet-unlock = Ku fur qufulka shaashadda tablet-ka
tablet-lock-unlocked = Diiwaangelinnada aan dhammaan waxaa ilaaliya qufulka shaashadda tablet-ka, waxayna furan yihiin ilaa app-ku dib u bilaabmo.
tablet-lock-failed = Qufulka shaashaddu ma jawaabin. Mar kale isku day.
tablet-lock-server-offer = Browser-kan ma awoodo inuu diiwaangelinnada aan dhammaan ku quflo qufulka shaashadda tablet-ka. Taa beddelkeed, ku quful gelitaanka shaqaalaha: server-ka ayaa haya furaha, wuxuuna siiyaa oo keliya tablet-kan marka shaqaale xaruntiinna ah galo. Sidaa darteed mar kasta oo la furayo waxaa loo baahan yahay internet.
tablet-lock-server-set = Ku quful diiwaangelinnada aan dhammaan gelitaanka shaqaalaha
tablet-lock-locked-server = Diiwaangelinnada aan dhammaan ee la kaydiyay waa qufulan yihiin tan iyo markii app-ku bilaabmay. Shaqaalaha xaruntan ayaa ku fura gelitaankooda. Tablet-ku waa inuu ku xiran yahay internetka.
tablet-unlock-server = Ku fur gelitaanka shaqaalaha
tablet-lock-unlocked-server = Diiwaangelinnada aan dhammaan waxaa ilaaliya fure uu server-ku siiyo oo keliya tablet-kan marka shaqaale galo, waxayna furan yihiin ilaa app-ku dib u bilaabmo.
tablet-lock-server-failed-role = Tan waxaa samayn kara oo keliya shaqaalaha xarunta tablet-kan, iyagoo isticmaalaya erayga sirta ah ee u gaarka ah (marka hore beddel erayga sirta ah ee hal mar la isticmaalo).
tablet-lock-server-failed-device = Tablet-kan lama diiwaangelin, ama waa laga gooyay: server-ku ma siiyo furaha.
tablet-lock-server-failed-key = Furaha server-ka ma furo diiwaangelinnada aan dhammaan ee tablet-kan. La xiriir maamulaha.
drafts-locked = Diiwaangelinnada lagu kaydiyay tablet-kan waa qufulan yihiin. Shaqaale ayaa ku furi kara shaashadda xaaladda tablet-ka. Waad bilaabi kartaa diiwaangelin cusub.
