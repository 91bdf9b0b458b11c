# Evne — resident app, Norwegian Bokmål.
app-title = Evne
app-tagline = Registrer det du vet og kan

language-title = Velg språket ditt
language-missing = Språket mitt er ikke her
language-missing-title = Hvilket språk snakker du?
language-missing-noted = Takk. Vi har notert språket ditt.
language-missing-staff = Vis denne skjermen til de ansatte. De finner en tolk til deg.
language-change = Bytt språk

form-intro = Svarene dine blir lagret på dette nettbrettet mens du skriver.

step-of = Steg { $step } av { $steps }
step-consent = Før vi begynner
step-about = Om deg
step-languages = Språk
step-education = Skole og utdanning
step-work = Arbeid
step-skills = Andre ferdigheter
step-wishes = Ønsker for framtiden
step-review = Se over og send
back = Tilbake
next = Neste
choose = Velg …
yes = Ja
no = Nei
remove = Fjern
change = Endre
edit = Endre

consent-purpose = Her kan du fortelle hva du kan: språk, skole, arbeid og andre ferdigheter. Da blir det lettere å finne et sted å bo og en vei til jobb eller skole i Norge.
consent-who = Bosettingsmyndighetene og kommunen som sier ja til å bosette deg, får se svarene dine. Karriereveilederen på mottaket kan også se dem.
consent-voluntary = Det er frivillig. Du bestemmer selv hva du vil svare.
consent-not-asylum = Svarene brukes ikke i asylsaken din.
consent-withdraw = Du kan når som helst trekke tilbake ja-et ditt. Spør de ansatte.
consent-assisted = En ansatt hjelper meg å fylle ut.
consent-question = Vil du registrere deg?
consent-yes = Ja, jeg vil
consent-no = Nei, ikke nå
declined-title = Ingenting er lagret
declined-body = Du sa nei, så ingenting av det du skrev er lagret. Du kan begynne på nytt når du vil.

field-given-name = Fornavn
field-family-name = Etternavn
field-latin-name = Navnet ditt med latinske bokstaver (som i norske papirer)
field-year = Fødselsår
field-gender = Kjønn
field-origin = Landet du kommer fra
field-citizenship = Statsborgerskap
field-case-number = Saksnummer fra UDI (hvis du vet det)
field-phone = Telefonnummer
field-languages = Hvilke språk snakker du?
field-other-language = Et annet språk
field-mother-tongue = Morsmål
field-scripts = Hvilken skrift kan du lese?
field-literacy = Lesing og skriving

education-intro = Skriv alle skolene og studiene du har gått på, også de du ikke fullførte.
education-add = Legg til en skole
education-entry = Skole { $number }
field-education-level = Hvilket nivå?
field-education-field = Fag
field-institution = Navnet på skolen
field-country = Land
field-start-year = Fra år
field-end-year = Til år
field-years-completed = Antall år
field-completed = Fullførte du?
field-documents = Har du vitnemål eller papirer?

work-intro = Skriv alle jobbene du har hatt, også i egen bedrift, hjemme eller på gården.
work-add = Legg til en jobb
work-entry = Jobb { $number }
field-occupation = Hva var jobben?
occupation-search-hint = Skriv et ord, for eksempel «kokk» eller «sjåfør».
occupation-none-found = Fant ingen. Prøv et annet ord, eller velg et område under.
occupation-group = Finner du ikke jobben? Velg område:
field-job-title = Tittel eller navn på jobben (med dine ord)
field-years = Antall år
field-employment = Ansatt eller egen bedrift?
field-tasks = Hva gjorde du i jobben?
field-tools = Verktøy og maskiner du brukte

field-licences = Førerkort
field-digital = Telefon og datamaskin
field-certificates = Kurs og sertifikater
field-certificate = Kurs eller sertifikat
certificate-add = Legg til et kurs
field-crafts = Håndverk og praktiske ferdigheter
field-volunteer = Frivillig arbeid

field-wished-work = Hvilket arbeid vil du gjøre i Norge?
field-wished-work-add = Legg til et arbeid
field-wished-education = Hvilken utdanning vil du ta?
field-region = Hvor i Norge vil du bo?
field-availability = Når kan du begynne?
field-planning-voluntary = Frivillig: bare hvis du vil.
field-planning-notes = Helse eller annet kommunen bør vite for å planlegge

review-fix = Noen svar mangler eller må rettes:
review-empty = Ikke svart.
years-count =
    { $count ->
        [one] { $count } år
       *[other] { $count } år
    }

submit = Send registreringen min
submit-fix = Se på svarene som er merket med rødt.

status-draft = Lagret på dette nettbrettet.
status-queued =
    { $count ->
        [one] Én registrering venter på å bli sendt.
       *[other] { $count } registreringer venter på å bli sendt.
    }
status-offline = Det er ikke nett nå. Registreringen blir sendt når nettet er tilbake.
status-sent = Registreringen din er sendt.
status-rejected = En registrering kunne ikke sendes. Spør de ansatte om hjelp.

sent-title = Takk!
sent-body = Registreringen din er trygg. Den blir sendt til bosettingskontoret så snart det er nett. Etter det er ingenting av den igjen på dette nettbrettet.
new-registration = Start en ny registrering
read-aloud = Les opp
bilingual-toggle = Vis norsk også
resume-code-yours = Koden din: { $code }. Skriv den ned. Du trenger den hvis du tar en pause.
resume-open = Fortsett en registrering
resume-code = Skriv koden din (4 tall)
resume-submit = Fortsett
resume-wrong-code = Koden stemmer ikke. Prøv igjen.
resume-too-many = For mange feil. Vent fem minutter, eller spør de ansatte.
done-next = Hva skjer nå: Bosettingsmyndighetene leser registreringen din. Når en kommune sier ja til å bosette deg, får kommunen den. Spør de ansatte hvis du lurer på noe.
print-copy = Skriv ut en kopi til meg
print-title = Min registrering i Evne

error-required = Dette må du svare på.
error-too-long = Teksten er for lang.
error-invalid-text = Teksten har tegn som ikke kan brukes.
error-year-too-early = Det året er for tidlig. Sjekk det igjen.
error-too-young = Du må være minst 15 år for å registrere deg her.
error-year-out-of-range = Sjekk året. Det kan ikke være før du ble født eller etter i år.
error-end-before-start = Sluttåret er før startåret.
error-years-out-of-range = Sjekk antall år.
error-too-many = Det er for mange. Fjern noen.
error-duplicate = Dette er valgt to ganger.
error-choose-again = Velg på nytt.
error-case-number = Saksnummeret har 12 sifre, for eksempel 2019 123456 01.
error-phone = Skriv telefonnummeret bare med tall, for eksempel +47 912 34 567.
error-consent = Du må svare ja før du kan sende.
error-storage = Svaret ditt ble IKKE lagret på dette nettbrettet. Spør de ansatte om hjelp.

error-private-mode = Dette nettleservinduet tar ikke vare på det som skrives (privat nettlesing). Be de ansatte åpne Evne-appen i stedet.
old-browser = Denne nettleseren er for gammel for Evne. Bruk Chrome på et Android-nettbrett, eller Safari på en iPad med iPadOS 16 eller nyere, eller spør de ansatte.
error-app-load = Registreringen kunne ikke lastes ennå. Den prøver igjen av seg selv. Spør de ansatte om hjelp hvis dette ikke går over.
error-no-key = Dette nettbrettet kan ikke sende registreringer ennå. Be de ansatte koble det til nettet én gang.

# Nettbrettskjermen, for de ansatte på mottaket. Ingen personopplysninger vises der.
tablet-open = Nettbrettstatus (for ansatte)
tablet-title = Nettbrettstatus
tablet-back = Tilbake
tablet-storage-kept = Nettleseren tar vare på dataene til appen.
tablet-storage-not-kept = Nettleseren kan slette dataene til appen når det blir lite plass. Installer appen på startskjermen, så blir dataene tatt vare på.
tablet-storage-used = { $percent } % av lagringsplassen er brukt.
tablet-storage-full = Lagringsplassen er nesten full. Send registreringene som venter, og frigjør plass på nettbrettet.
tablet-storage-unknown = Nettleseren viser ikke hvor mye lagringsplass som er brukt.
tablet-storage-lasted = Denne nettleseren sier ikke om den beholder appens data, men den har beholdt dem siden { $date }. Oppstarter av appen siden da: { $starts }.
tablet-storage-first = Denne nettleseren sier ikke om den beholder appens data, og dette er appens første oppstart her. Et privat vindu mister alt når det lukkes: bruk den installerte appen.
tablet-queue-title = Registreringer som venter på å bli sendt
tablet-queue-empty = Ingenting venter.
tablet-entry =
    Har ventet i { $minutes } min, { $attempts ->
        [one] ett forsøk.
       *[other] { $attempts } forsøk.
    }
tablet-entry-error-offline = Siste forsøk: ikke nett.
tablet-entry-error = Siste forsøk: serveren svarte { $detail }.
tablet-entry-refused = Avvist av serveren. Den blir værende på dette nettbrettet. Kontakt brukerstøtte.
tablet-entry-attention = Må følges opp: den har ventet i mer enn ett døgn.
tablet-send-now = Send nå
tablet-update-ready = En ny versjon av appen er klar. Den starter før neste registrering.
tablet-update-now = Oppdater nå
tablet-draft-expires = En uferdig registrering på dette nettbrettet blir slettet om { $minutes } min hvis ingen fortsetter på den.
tablet-idle-hours = Slett uferdige registreringer etter
tablet-hours = { $hours } timer
tablet-device = Nettbrett-ID: { $id }
status-not-enrolled = Dette nettbrettet er ikke koblet til ennå, så ingenting kan sendes. Spør de ansatte.
tablet-enrol-title = Registrer dette nettbrettet
tablet-enrol-intro = Ansatte på mottaket: logg inn for å registrere dette nettbrettet for mottaket deres. Innloggingen brukes bare til dette og blir ikke lagret på nettbrettet.
tablet-enrol-username = Brukernavn
tablet-enrol-password = Passord
tablet-enrol-submit = Registrer nettbrettet
tablet-enrol-failed-login = Feil brukernavn eller passord.
tablet-enrol-failed-locked = For mange mislykkede forsøk. Vent 15 minutter og prøv igjen.
tablet-enrol-failed-role = Denne brukeren kan ikke registrere nettbrett (bare ansatte på et mottak kan det), eller må først bytte passord.
tablet-enrol-failed-network = Får ikke kontakt med serveren. Koble nettbrettet til nettet og prøv igjen.
tablet-retry-refused = Prøv de avviste på nytt

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = Utkast på dette nettbrettet
tablet-lock-none = Utkastene er ennå ikke låst med nettbrettets skjermlås: en kopi av nettleserens filer kan åpne dem.
tablet-lock-set = Lås utkast med nettbrettets skjermlås
tablet-lock-locked = Lagrede utkast er låst siden appen startet. Lås dem opp med nettbrettets skjermlås for å fortsette en lagret registrering.
tablet-unlock = Lås opp med nettbrettets skjermlås
tablet-lock-unlocked = Utkastene er beskyttet av nettbrettets skjermlås, og åpne til appen starter på nytt.
tablet-lock-failed = Skjermlåsen svarte ikke. Prøv igjen.
tablet-lock-server-offer = Denne nettleseren kan ikke låse utkast med nettbrettets skjermlås. Lås dem med en ansattinnlogging i stedet: serveren har nøkkelen og gir den bare til dette nettbrettet med en innlogging fra mottaket deres, så hver opplåsing krever nett.
tablet-lock-server-set = Lås utkast med ansattinnlogging
tablet-lock-locked-server = Lagrede utkast er låst siden appen startet. Ansatte ved dette mottaket låser dem opp med sin innlogging; nettbrettet må være på nett.
tablet-unlock-server = Lås opp med ansattinnlogging
tablet-lock-unlocked-server = Utkastene er beskyttet av en nøkkel som serveren bare gir til dette nettbrettet med en ansattinnlogging, og er åpne til appen starter på nytt.
tablet-lock-server-failed-role = Bare ansatte ved dette nettbrettets mottak kan gjøre dette, med et eget passord (bytt engangspassordet først).
tablet-lock-server-failed-device = Dette nettbrettet er ikke registrert, eller er koblet fra: serveren gir det ikke nøkkelen.
tablet-lock-server-failed-key = Serverens nøkkel åpner ikke utkastene på dette nettbrettet. Kontakt administratoren.
drafts-locked = Lagrede registreringer på dette nettbrettet er låst. En ansatt kan låse dem opp på skjermen for nettbrettets status. Du kan starte en ny registrering.
