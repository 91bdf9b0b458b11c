# Evne — resident app, Kurmanji Kurdish (Latin script). Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = Tiştên ku tu dizanî û dikarî bikî qeyd bike

language-title = Zimanê xwe hilbijêre
language-missing = Zimanê min ne li vir e
language-missing-title = Tu bi kîjan zimanî dipeyivî?
language-missing-noted = Spas. Me zimanê te tomar kir.
language-missing-staff = Ji kerema xwe vê ekranê nîşanî karmendan bide. Ew ê ji te re wergêrekî bibînin.
language-change = Ziman biguherîne

form-intro = Dema tu dinivîsî, bersivên te li ser vê tabletê tên tomarkirin.

step-of = Gav { $step } ji { $steps }
step-consent = Berî ku em dest pê bikin
step-about = Derbarê te de
step-languages = Ziman
step-education = Dibistan û perwerde
step-work = Kar
step-skills = Jêhatîbûnên din
step-wishes = Daxwazên ji bo pêşerojê
step-review = Kontrol bike û bişîne
back = Vegere
next = Pêşve
choose = Hilbijêre …
yes = Erê
no = Na
remove = Jê bibe
change = Biguherîne
edit = Biguherîne

consent-purpose = Li vir tu dikarî bibêjî ka tu çi dizanî û çi dikarî bikî: ziman, dibistan, kar û jêhatîbûnên din. Bi vî awayî dîtina cihekî ji bo jiyanê û rêyeke ber bi kar an dibistanê ve li Norwecê hêsantir dibe.
consent-who = Rayedarên bicihkirinê û şaredariya ku qebûl dike te bi cih bike, dê bersivên te bibînin. Şêwirmendê kar li navenda pêşwaziyê jî dikare wan bibîne.
consent-voluntary = Ev bi dilxwazî ye. Tu bi xwe biryar didî ka tu dixwazî çi bersiv bidî.
consent-not-asylum = Bersivên te di doza te ya penaberiyê de nayên bikaranîn.
consent-withdraw = Tu dikarî her dem «erê»-ya xwe paş ve bigirî. Ji karmendan bipirse.
consent-assisted = Karmendek alîkariya min dike ku ez vê tijî bikim.
consent-question = Tu dixwazî xwe qeyd bikî?
consent-yes = Erê, ez dixwazim
consent-no = Na, ne niha
declined-title = Tiştek nehat tomarkirin
declined-body = Te got na, ji ber vê yekê tiştek ji yên ku te nivîsîn nehat tomarkirin. Tu dikarî kengê bixwazî ji nû ve dest pê bikî.

field-given-name = Nav
field-family-name = Paşnav
field-latin-name = Navê te bi tîpên latînî (wek di kaxezên Norwecî de)
field-year = Sala jidayikbûnê
field-gender = Zayend
field-origin = Welatê ku tu jê tê
field-citizenship = Welatîbûn
field-case-number = Hejmara dosyayê ji UDI (heke tu dizanî)
field-phone = Hejmara telefonê
field-languages = Tu bi kîjan zimanan diaxivî?
field-other-language = Zimanekî din
field-mother-tongue = Zimanê dayikê
field-scripts = Tu dikarî bi kîjan alfabeyê bixwînî?
field-literacy = Xwendin û nivîsandin

education-intro = Hemû dibistan û xwendinên ku tu çûyî binivîse, yên ku te neqedandin jî.
education-add = Dibistanekê zêde bike
education-entry = Dibistan { $number }
field-education-level = Kîjan ast?
field-education-field = Mijar
field-institution = Navê dibistanê
field-country = Welat
field-start-year = Ji sala
field-end-year = Heta sala
field-years-completed = Çend sal
field-completed = Te qedand?
field-documents = Diploma an kaxezên te hene?

work-intro = Hemû karên ku te kirine binivîse, yên di karsaziya xwe de, li malê an li zeviyê jî.
work-add = Karekî zêde bike
work-entry = Kar { $number }
field-occupation = Karê te çi bû?
occupation-search-hint = Peyvekê binivîse, wek mînak «aşpêj» an «ajokar».
occupation-none-found = Tiştek nehat dîtin. Peyveke din biceribîne, an li jêr qadekê hilbijêre.
occupation-group = Tu karê xwe nabînî? Qadekê hilbijêre:
field-job-title = Nav an sernavê karê (bi gotinên xwe)
field-years = Çend sal
field-employment = Karmend an karsaziya xwe?
field-tasks = Te di vî karî de çi dikir?
field-tools = Amûr û makîneyên ku te bikar anîn

field-licences = Ehliyeta ajotinê
field-digital = Telefon û komputer
field-certificates = Kurs û sertîfîka
field-certificate = Kurs an sertîfîka
certificate-add = Kursekê zêde bike
field-crafts = Destkarî û jêhatîbûnên pratîkî
field-volunteer = Karê dilxwazî

field-wished-work = Tu dixwazî li Norwecê çi karî bikî?
field-wished-work-add = Karekî zêde bike
field-wished-education = Tu dixwazî kîjan perwerdeyê bibînî?
field-region = Tu dixwazî li kuderê Norwecê bijî?
field-availability = Tu kengê dikarî dest pê bikî?
field-planning-voluntary = Bi dilxwazî: tenê heke tu bixwazî.
field-planning-notes = Tenduristî an tiştên din ku divê şaredarî ji bo plansaziyê bizane

review-fix = Hin bersiv kêm in an divê werin rastkirin:
review-empty = Bersiv nehatiye dayîn.
years-count =
    { $count ->
        [one] { $count } sal
       *[other] { $count } sal
    }

submit = Qeyda min bişîne
submit-fix = Ji kerema xwe li bersivên ku bi sor hatine nîşankirin binêre.

status-draft = Li ser vê tabletê hat tomarkirin.
status-queued =
    { $count ->
        [one] Qeydek li benda şandinê ye.
       *[other] Qeydên li benda şandinê: { $count }.
    }
status-offline = Niha înternet tune. Dema ku înternet vegere, qeyd dê were şandin.
status-sent = Qeyda te hat şandin.
status-rejected = Qeydek nehat şandin. Ji kerema xwe ji karmendan alîkariyê bixwaze.

sent-title = Spas!
sent-body = Qeyda te di ewlehiyê de ye. Gava ku înternet hebe, ew ê ji nivîsgeha bicihkirinê re were şandin. Piştî wê, tiştek jê li ser vê tabletê namîne.
new-registration = Qeydeke nû dest pê bike
read-aloud = Bi dengê bilind bixwîne
bilingual-toggle = Norwecî jî nîşan bide
resume-code-yours = Koda te: { $code }. Wê binivîse. Heke tu bêhna xwe vedî, ew ê ji te re lazim be.
resume-open = Qeydekê berdewam bike
resume-code = Koda xwe binivîse (4 reqem)
resume-submit = Berdewam bike
resume-wrong-code = Kod ne rast e. Dîsa biceribîne.
resume-too-many = Gelek ceribandinên şaş. Pênc deqeyan li bendê bimîne, an ji karmendan bipirse.
done-next = Piştre çi dibe: Rayedarên bicihkirinê qeyda te dixwînin. Gava ku şaredariyek qebûl bike te bi cih bike, ew şaredarî qeyda te distîne. Heke pirsên te hebin, ji karmendan bipirse.
print-copy = Kopiyekê ji bo min çap bike
print-title = Qeyda min di Evne de

error-required = Divê tu bersiva vê bidî.
error-too-long = Nivîs pir dirêj e.
error-invalid-text = Di nivîsê de tîp an nîşan hene ku nayên bikaranîn.
error-year-too-early = Sala ku te nivîsî pir kevn e. Ji kerema xwe dîsa kontrol bike.
error-too-young = Ji bo ku tu li vir qeyd bibî, divê tu herî kêm 15 salî bî.
error-year-out-of-range = Salê kontrol bike. Ew nikare berî jidayikbûna te an piştî îsal be.
error-end-before-start = Sala dawiyê berî sala destpêkê ye.
error-years-out-of-range = Hejmara salan kontrol bike.
error-too-many = Pir zêde ne. Hinekan jê bibe.
error-duplicate = Ev du caran hatiye hilbijartin.
error-choose-again = Ji kerema xwe dîsa hilbijêre.
error-case-number = Hejmara dosyayê 12 reqem e, wek mînak 2019 123456 01.
error-phone = Hejmara telefonê tenê bi reqeman binivîse, wek mînak +47 912 34 567.
error-consent = Berî ku tu bişînî, divê tu «erê» bibêjî.
error-storage = Bersiva te li ser vê tabletê NEHAT tomarkirin. Ji kerema xwe ji karmendan alîkariyê bixwaze.

error-private-mode = Ev pencereya gerokê tiştên ku tên nivîsandin tomar nake (gerandina taybet). Ji kerema xwe ji karmendan bixwaze ku li şûna wê sepana Evne vekin.
old-browser = Ev gerok ji bo Evne pir kevn e. Ji kerema xwe Chrome li ser tableta Android, an Safari li ser iPad bi iPadOS 16 an nûtir bi kar bîne, an jî ji karmendan bipirse.
error-app-load = Tomarkirin hê nehat barkirin. Ew bi xwe dîsa hewl dide. Heke ev berdewam bike, ji karmendan alîkariyê bixwaze.
error-no-key = Ev tablet hê nikare qeydan bişîne. Ji kerema xwe ji karmendan bixwaze ku wê carekê bi înternetê ve girê bidin.

# Ekrana tabletê, ji bo karmendên navenda pêşwaziyê. Li wir tu agahiyên kesane nayên nîşandan.
tablet-open = Rewşa tabletê (ji bo karmendan)
tablet-title = Rewşa tabletê
tablet-back = Vegere
tablet-storage-kept = Gerok daneyên sepanê diparêze.
tablet-storage-not-kept = Dema cih kêm bibe, gerok dikare daneyên sepanê jê bibe. Sepanê li ser ekrana destpêkê saz bike, da ku dane werin parastin.
tablet-storage-used = Ji cihê tomarkirinê { $percent }% hatiye bikaranîn.
tablet-storage-full = Cihê tomarkirinê hema bêje tije ye. Qeydên li bendê bişîne û li ser tabletê cih vala bike.
tablet-storage-unknown = Gerok nîşan nade ka çiqas cihê tomarkirinê hatiye bikaranîn.
tablet-storage-lasted = Ev gerok nîşan nade ka daneyên sepanê diparêze an na, lê ji { $date } ve wan diparêze. Hejmara destpêkirinên sepanê ji wê demê ve: { $starts }.
tablet-storage-first = Ev gerok nîşan nade ka daneyên sepanê diparêze an na, û ev cara yekem e ku sepan li ser vê gerokê dest pê dike. Pencereyeke gerandina taybet dema ku were girtin dê her tiştî winda bike: sepana sazkirî bi kar bîne.
tablet-queue-title = Qeydên li benda şandinê
tablet-queue-empty = Tiştek li bendê nîne.
tablet-entry =
    Dema li bendê: { $minutes } deqe, { $attempts ->
        [one] ceribandinek.
       *[other] { $attempts } ceribandin.
    }
tablet-entry-error-offline = Ceribandina dawî: înternet tune bû.
tablet-entry-error = Ceribandina dawî: bersiva serverê { $detail } bû.
tablet-entry-refused = Ji aliyê serverê ve hat redkirin. Ew li ser vê tabletê dimîne. Bi piştgiriya teknîkî re têkilî dayne.
tablet-entry-attention = Divê were şopandin: ji rojekê zêdetir e ku li bendê ye.
tablet-send-now = Niha bişîne
tablet-update-ready = Guhertoyeke nû ya sepanê amade ye. Ew ê berî qeyda din dest pê bike.
tablet-update-now = Niha nû bike
tablet-draft-expires = Li ser vê tabletê qeydeke neqediyayî heye. Heke kes pê re berdewam neke, ew ê piştî { $minutes } deqe were jêbirin.
tablet-idle-hours = Qeydên neqediyayî jê bibe piştî
tablet-hours = { $hours } saet
tablet-device = Nasnameya tabletê (ID): { $id }
status-not-enrolled = Ev tablet hê nehatiye girêdan, ji ber vê yekê tu tişt nayê şandin. Ji kerema xwe ji karmendan bipirse.
tablet-enrol-title = Vê tabletê qeyd bike
tablet-enrol-intro = Karmendên navenda pêşwaziyê: têkevin da ku vê tabletê ji bo navenda xwe qeyd bikin. Têketina we tenê ji bo vê tê bikaranîn û li ser tabletê nayê tomarkirin.
tablet-enrol-username = Navê bikarhêner
tablet-enrol-password = Şîfre
tablet-enrol-submit = Tabletê qeyd bike
tablet-enrol-failed-login = Navê bikarhêner an şîfre şaş e.
tablet-enrol-failed-locked = Gelek ceribandinên têkçûyî. 15 deqeyan li bendê bimîne û dîsa biceribîne.
tablet-enrol-failed-role = Ev bikarhêner nikare tabletan qeyd bike (tenê karmendên navendeke pêşwaziyê dikarin), an jî divê pêşî şîfreya xwe biguherîne.
tablet-enrol-failed-network = Têkilî bi serverê re çênabe. Tabletê bi înternetê ve girê bide û dîsa biceribîne.
tablet-retry-refused = Yên hatine redkirin dîsa biceribîne

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = Qeydên neqediyayî li ser vê tabletê
tablet-lock-none = Qeydên neqediyayî hê bi kilîda ekrana tabletê nehatine kilîdkirin: kesê ku kopiyeke pelên gerokê hebe, dikare wan veke.
tablet-lock-set = Qeydên neqediyayî bi kilîda ekrana tabletê kilîd bike
tablet-lock-locked = Ji dema ku sepan dest pê kir ve, qeydên neqediyayî kilîdkirî ne. Ji bo ku tu qeydeke tomarkirî berdewam bikî, wan bi kilîda ekrana tabletê veke.
tablet-unlock = Bi kilîda ekrana tabletê veke
tablet-lock-unlocked = Qeydên neqediyayî bi kilîda ekrana tabletê tên parastin, û heta ku sepan ji nû ve dest pê bike vekirî dimînin.
tablet-lock-failed = Kilîda ekranê bersiv neda. Dîsa biceribîne.
tablet-lock-server-offer = Ev gerok nikare qeydên neqediyayî bi kilîda ekrana tabletê kilîd bike. Li şûna wê, wan bi têketina karmendekî kilîd bike: mifte li ser serverê dimîne û server wê tenê bi têketina karmendekî navenda we dide vê tabletê, ji ber vê yekê ji bo her vekirinê înternet pêwîst e.
tablet-lock-server-set = Qeydên neqediyayî bi têketina karmendekî kilîd bike
tablet-lock-locked-server = Ji dema ku sepan dest pê kir ve, qeydên neqediyayî kilîdkirî ne. Karmendên vê navendê wan bi têketina xwe vedikin; divê tablet bi înternetê ve girêdayî be.
tablet-unlock-server = Bi têketina karmendekî veke
tablet-lock-unlocked-server = Qeydên neqediyayî bi mifteyeke ku server tenê bi têketina karmendekî dide vê tabletê tên parastin, û heta ku sepan ji nû ve dest pê bike vekirî dimînin.
tablet-lock-server-failed-role = Tenê karmendên navenda vê tabletê dikarin vê bikin, bi şîfreya xwe ya taybet (pêşî şîfreya yekcarî biguherîne).
tablet-lock-server-failed-device = Ev tablet nehatiye qeydkirin, an jî ji navendê hatiye veqetandin: server mifteyê nade wê.
tablet-lock-server-failed-key = Mifteya serverê qeydên neqediyayî yên li ser vê tabletê venake. Bi rêveberê sîstemê re têkilî dayne.
drafts-locked = Qeydên tomarkirî yên li ser vê tabletê kilîdkirî ne. Karmendek dikare wan li ser ekrana «Rewşa tabletê» veke. Tu dikarî qeydeke nû dest pê bikî.
