# Evne — resident app, Swahili. Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = Sajili unachojua na unachoweza kufanya

language-title = Chagua lugha yako
language-missing = Lugha yangu haipo hapa
language-missing-title = Unazungumza lugha gani?
language-missing-noted = Asante. Tumeandika lugha yako.
language-missing-staff = Tafadhali onyesha skrini hii kwa wafanyakazi. Watakutafutia mkalimani.
language-change = Badilisha lugha

form-intro = Majibu yako yanahifadhiwa kwenye kompyuta kibao hii unapoandika.

step-of = Hatua { $step } kati ya { $steps }
step-consent = Kabla hatujaanza
step-about = Kuhusu wewe
step-languages = Lugha
step-education = Shule na elimu
step-work = Kazi
step-skills = Ujuzi mwingine
step-wishes = Matakwa yako kwa siku zijazo
step-review = Angalia na utume
back = Rudi
next = Endelea
choose = Chagua …
yes = Ndiyo
no = Hapana
remove = Ondoa
change = Badilisha
edit = Badilisha

consent-purpose = Hapa unaweza kueleza unachojua na unachoweza kufanya: lugha, shule, kazi na ujuzi mwingine. Hii inasaidia kupata mahali pa kuishi na njia ya kupata kazi au shule nchini Norwei.
consent-who = Ofisi inayoshughulikia makazi yako na manispaa itakayokubali kukupokea zitaona majibu yako. Mshauri wa kazi katika kituo cha mapokezi pia anaweza kuyaona.
consent-voluntary = Si lazima. Wewe mwenyewe unaamua utakachojibu.
consent-not-asylum = Majibu yako hayatatumika katika ombi lako la hifadhi.
consent-withdraw = Unaweza kubadilisha “ndiyo” yako kuwa “hapana” wakati wowote. Waulize wafanyakazi.
consent-assisted = Mfanyakazi ananisaidia kujaza.
consent-question = Je, unataka kujisajili?
consent-yes = Ndiyo, nataka
consent-no = Hapana, si sasa
declined-title = Hakuna kilichohifadhiwa
declined-body = Ulisema hapana, kwa hiyo hakuna ulichoandika kilichohifadhiwa. Unaweza kuanza upya wakati wowote unapotaka.

field-given-name = Jina la kwanza
field-family-name = Jina la ukoo
field-latin-name = Jina lako kwa herufi za Kilatini (kama kwenye karatasi zako za Norwei)
field-year = Mwaka wa kuzaliwa
field-gender = Jinsia
field-origin = Nchi unayotoka
field-citizenship = Uraia
field-case-number = Namba ya kesi kutoka UDI (kama unaijua)
field-phone = Namba ya simu
field-languages = Unazungumza lugha gani?
field-other-language = Lugha nyingine
field-mother-tongue = Lugha ya mama
field-scripts = Unaweza kusoma herufi za aina gani?
field-literacy = Kusoma na kuandika

education-intro = Andika shule zote na masomo yote uliyosoma, hata yale ambayo hukumaliza.
education-add = Ongeza shule
education-entry = Shule { $number }
field-education-level = Kiwango gani?
field-education-field = Somo
field-institution = Jina la shule
field-country = Nchi
field-start-year = Mwaka wa kuanza
field-end-year = Mwaka wa kumaliza
field-years-completed = Idadi ya miaka
field-completed = Ulimaliza?
field-documents = Una cheti au karatasi zozote?

work-intro = Andika kazi zote ulizowahi kufanya, hata katika biashara yako mwenyewe, nyumbani au shambani.
work-add = Ongeza kazi
work-entry = Kazi { $number }
field-occupation = Ilikuwa kazi gani?
occupation-search-hint = Andika neno, kwa mfano “mpishi” au “dereva”.
occupation-none-found = Hakuna kilichopatikana. Jaribu neno lingine, au chagua aina ya kazi hapa chini.
occupation-group = Huioni kazi yako? Chagua aina ya kazi:
field-job-title = Cheo au jina la kazi (kwa maneno yako)
field-years = Idadi ya miaka
field-employment = Uliajiriwa au ulikuwa na biashara yako mwenyewe?
field-tasks = Ulifanya nini katika kazi hiyo?
field-tools = Vifaa na mashine ulizotumia

field-licences = Leseni ya udereva
field-digital = Simu na kompyuta
field-certificates = Kozi na vyeti
field-certificate = Kozi au cheti
certificate-add = Ongeza kozi
field-crafts = Ufundi na ujuzi wa vitendo
field-volunteer = Kazi ya kujitolea

field-wished-work = Unataka kufanya kazi gani nchini Norwei?
field-wished-work-add = Ongeza kazi
field-wished-education = Unataka kusoma nini?
field-region = Unataka kuishi wapi nchini Norwei?
field-availability = Unaweza kuanza lini?
field-planning-voluntary = Si lazima: jibu tu kama unataka.
field-planning-notes = Afya au mambo mengine ambayo manispaa inapaswa kujua ili kujiandaa

review-fix = Baadhi ya majibu hayapo au yanahitaji kurekebishwa:
review-empty = Hujajibu.
years-count =
    { $count ->
        [one] mwaka { $count }
       *[other] miaka { $count }
    }

submit = Tuma usajili wangu
submit-fix = Tafadhali angalia majibu yaliyowekwa alama nyekundu.

status-draft = Imehifadhiwa kwenye kompyuta kibao hii.
status-queued =
    { $count ->
        [one] Fomu moja ya usajili inasubiri kutumwa.
       *[other] Fomu { $count } za usajili zinasubiri kutumwa.
    }
status-offline = Hakuna mtandao sasa. Usajili utatumwa mtandao ukirudi.
status-sent = Usajili wako umetumwa.
status-rejected = Fomu moja ya usajili haikuweza kutumwa. Tafadhali omba msaada kwa wafanyakazi.

sent-title = Asante!
sent-body = Usajili wako uko salama. Utatumwa kwa ofisi inayoshughulikia makazi yako mara tu mtandao utakapopatikana. Baada ya hapo, hakuna chochote kitakachobaki kwenye kompyuta kibao hii.
new-registration = Anza usajili mpya
read-aloud = Soma kwa sauti
bilingual-toggle = Onyesha pia Kinorwei
resume-code-yours = Msimbo wako: { $code }. Uandike mahali. Utauhitaji ukipumzika kidogo.
resume-open = Endelea na usajili
resume-code = Andika msimbo wako (namba 4)
resume-submit = Endelea
resume-wrong-code = Msimbo si sahihi. Jaribu tena.
resume-too-many = Umekosea mara nyingi mno. Subiri dakika tano, au waulize wafanyakazi.
done-next = Kitakachofuata: ofisi inayoshughulikia makazi yako itasoma usajili wako. Manispaa ikikubali kukupokea, manispaa hiyo itapata usajili wako. Ukiwa na maswali, waulize wafanyakazi.
print-copy = Nichapishie nakala moja
print-title = Usajili wangu katika Evne

error-required = Tafadhali jibu swali hili.
error-too-long = Maandishi ni marefu mno.
error-invalid-text = Maandishi yana herufi ambazo haziwezi kutumika.
error-year-too-early = Mwaka huo ni wa zamani mno. Tafadhali uangalie tena.
error-too-young = Lazima uwe na umri wa angalau miaka 15 ili ujisajili hapa.
error-year-out-of-range = Angalia mwaka. Hauwezi kuwa kabla ya kuzaliwa kwako wala baada ya mwaka huu.
error-end-before-start = Mwaka wa kumaliza uko kabla ya mwaka wa kuanza.
error-years-out-of-range = Angalia idadi ya miaka.
error-too-many = Ni nyingi mno. Ondoa baadhi.
error-duplicate = Umechagua hiki mara mbili.
error-choose-again = Tafadhali chagua tena.
error-case-number = Namba ya kesi ina tarakimu 12, kwa mfano 2019 123456 01.
error-phone = Andika namba ya simu kwa tarakimu tu, kwa mfano +47 912 34 567.
error-consent = Lazima ujibu “ndiyo” kabla ya kutuma.
error-storage = Jibu lako HALIKUHIFADHIWA kwenye kompyuta kibao hii. Tafadhali omba msaada kwa wafanyakazi.

error-private-mode = Dirisha hili la kivinjari halihifadhi kinachoandikwa (kuvinjari kwa faragha). Tafadhali waombe wafanyakazi wafungue programu ya Evne badala yake.
old-browser = Kivinjari hiki ni cha zamani mno kwa Evne. Tafadhali tumia Chrome kwenye kompyuta kibao ya Android, au Safari kwenye iPad yenye iPadOS 16 au toleo jipya zaidi, au waulize wafanyakazi.
error-app-load = Usajili haujaweza kupakiwa bado. Utajaribu tena wenyewe. Hali hii ikiendelea, tafadhali omba msaada kwa wafanyakazi.
error-no-key = Kompyuta kibao hii bado haiwezi kutuma usajili. Tafadhali waombe wafanyakazi waiunganishe na mtandao mara moja.

# Skrini ya kompyuta kibao, kwa wafanyakazi wa kituo cha mapokezi. Hakuna taarifa binafsi zinazoonyeshwa hapo.
tablet-open = Hali ya kompyuta kibao (kwa wafanyakazi)
tablet-title = Hali ya kompyuta kibao
tablet-back = Rudi
tablet-storage-kept = Kivinjari kinahifadhi data za programu hii.
tablet-storage-not-kept = Kivinjari kinaweza kufuta data za programu hii nafasi ikipungua. Sakinisha programu kwenye skrini ya mwanzo ili data zihifadhiwe.
tablet-storage-used = Asilimia { $percent } ya nafasi ya kuhifadhi imetumika.
tablet-storage-full = Nafasi ya kuhifadhi karibu imejaa. Tuma usajili unaosubiri, kisha ondoa vitu visivyohitajika kwenye kompyuta kibao.
tablet-storage-unknown = Kivinjari hakionyeshi kiasi cha nafasi ya kuhifadhi kilichotumika.
tablet-storage-lasted = Kivinjari hiki hakionyeshi kama kinahifadhi data za programu, lakini kimezihifadhi tangu { $date }. Idadi ya mara ambazo programu imeanzishwa tangu wakati huo: { $starts }.
tablet-storage-first = Kivinjari hiki hakionyeshi kama kinahifadhi data za programu, na hii ni mara ya kwanza programu kuanzishwa kwenye kivinjari hiki. Dirisha la kuvinjari kwa faragha lingepoteza kila kitu likifungwa: tumia programu iliyosakinishwa.
tablet-queue-title = Usajili unaosubiri kutumwa
tablet-queue-empty = Hakuna kinachosubiri.
tablet-entry =
    Umesubiri kwa dakika { $minutes }, { $attempts ->
        [one] jaribio moja.
       *[other] majaribio { $attempts }.
    }
tablet-entry-error-offline = Jaribio la mwisho: hakuna mtandao.
tablet-entry-error = Jaribio la mwisho: seva ilijibu { $detail }.
tablet-entry-refused = Umekataliwa na seva. Unabaki kwenye kompyuta kibao hii. Wasiliana na huduma ya msaada.
tablet-entry-attention = Unahitaji kufuatiliwa: umesubiri kwa zaidi ya saa 24.
tablet-send-now = Tuma sasa
tablet-update-ready = Toleo jipya la programu liko tayari. Litaanza kabla ya usajili unaofuata.
tablet-update-now = Sasisha sasa
tablet-draft-expires = Usajili ambao haujakamilika kwenye kompyuta kibao hii utafutwa baada ya dakika { $minutes } ikiwa hakuna mtu atakayeuendeleza.
tablet-idle-hours = Futa usajili ambao haujakamilika baada ya
tablet-hours = Saa { $hours }
tablet-device = Kitambulisho cha kompyuta kibao: { $id }
status-not-enrolled = Kompyuta kibao hii bado haijasajiliwa, kwa hiyo hakuna kinachoweza kutumwa. Tafadhali waulize wafanyakazi.
tablet-enrol-title = Sajili kompyuta kibao hii
tablet-enrol-intro = Wafanyakazi wa kituo cha mapokezi: ingieni ili kusajili kompyuta kibao hii kwa kituo chenu. Taarifa zenu za kuingia zinatumika kwa hili tu na hazihifadhiwi kwenye kompyuta kibao.
tablet-enrol-username = Jina la mtumiaji
tablet-enrol-password = Nenosiri
tablet-enrol-submit = Sajili kompyuta kibao
tablet-enrol-failed-login = Jina la mtumiaji au nenosiri si sahihi.
tablet-enrol-failed-locked = Majaribio mengi mno yameshindikana. Subiri dakika 15 kisha ujaribu tena.
tablet-enrol-failed-role = Mtumiaji huyu hawezi kusajili kompyuta kibao (ni wafanyakazi wa kituo cha mapokezi pekee wanaoweza), au lazima kwanza abadilishe nenosiri.
tablet-enrol-failed-network = Seva haipatikani. Unganisha kompyuta kibao na mtandao kisha ujaribu tena.
tablet-retry-refused = Jaribu tena usajili uliokataliwa

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = Usajili ambao haujakamilika kwenye kompyuta kibao hii
tablet-lock-none = Usajili ambao haujakamilika bado haujafungwa kwa kufuli ya skrini ya kompyuta kibao: mtu mwenye nakala ya faili za kivinjari anaweza kuufungua.
tablet-lock-set = Funga usajili ambao haujakamilika kwa kufuli ya skrini ya kompyuta kibao
tablet-lock-locked = Usajili ambao haujakamilika umefungwa tangu programu ilipoanza. Ufungue kwa kufuli ya skrini ya kompyuta kibao ili kuendelea na usajili uliohifadhiwa.
tablet-unlock = Fungua kwa kufuli ya skrini ya kompyuta kibao
tablet-lock-unlocked = Usajili ambao haujakamilika unalindwa na kufuli ya skrini ya kompyuta kibao, na uko wazi hadi programu itakapoanza upya.
tablet-lock-failed = Kufuli ya skrini haikujibu. Jaribu tena.
tablet-lock-server-offer = Kivinjari hiki hakiwezi kufunga usajili ambao haujakamilika kwa kufuli ya skrini ya kompyuta kibao. Badala yake, ufunge kwa taarifa za kuingia za mfanyakazi: seva inahifadhi ufunguo na inaupa kompyuta kibao hii tu, mfanyakazi wa kituo chenu akiingia. Kwa hiyo kila kufungua kunahitaji mtandao.
tablet-lock-server-set = Funga usajili ambao haujakamilika kwa taarifa za kuingia za mfanyakazi
tablet-lock-locked-server = Usajili ambao haujakamilika umefungwa tangu programu ilipoanza. Wafanyakazi wa kituo hiki cha mapokezi huufungua kwa taarifa zao za kuingia. Kompyuta kibao lazima iunganishwe na mtandao.
tablet-unlock-server = Fungua kwa taarifa za kuingia za mfanyakazi
tablet-lock-unlocked-server = Usajili ambao haujakamilika unalindwa na ufunguo ambao seva huipa kompyuta kibao hii tu mfanyakazi akiingia, na uko wazi hadi programu itakapoanza upya.
tablet-lock-server-failed-role = Ni wafanyakazi wa kituo cha mapokezi cha kompyuta kibao hii pekee wanaoweza kufanya hivi, kwa nenosiri lao wenyewe (kwanza badilisha nenosiri la mara moja).
tablet-lock-server-failed-device = Kompyuta kibao hii haijasajiliwa, au imetenganishwa: seva haiipi ufunguo.
tablet-lock-server-failed-key = Ufunguo wa seva haufungui usajili ambao haujakamilika kwenye kompyuta kibao hii. Wasiliana na msimamizi.
drafts-locked = Usajili uliohifadhiwa kwenye kompyuta kibao hii umefungwa. Mfanyakazi anaweza kuufungua kwenye skrini ya “Hali ya kompyuta kibao”. Unaweza kuanza usajili mpya.
