# Evne — resident app, Norwegian Bokmål.
app-title = Evne
app-tagline = Registrer det du vet og kan

language-title = Velg språket ditt
language-change = Bytt språk

form-title = Om deg
form-intro = Svarene dine blir lagret på dette nettbrettet mens du skriver.
field-name = Navnet ditt
field-name-hint = Skriv navnet ditt slik du vanligvis skriver det.
field-year = Fødselsår
field-year-hint = For eksempel 1990
field-languages = Hvilke språk snakker du?


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

error-name-empty = Skriv navnet ditt.
error-name-too-long = Navnet er for langt.
error-name-invalid = Navnet har tegn som ikke kan brukes.
error-year-missing = Skriv året du ble født.
error-year-not-a-number = Skriv året bare med tall, for eksempel 1990.
error-year-too-early = Det året er for tidlig. Sjekk det igjen.
error-year-too-late = Du må være minst 15 år for å registrere deg her.
error-languages-empty = Velg minst ett språk.
error-languages-invalid = Et av språkene kan ikke brukes. Velg på nytt.
error-locale-invalid = Velg språket ditt på nytt.
error-storage = Svaret ditt ble IKKE lagret på dette nettbrettet. Spør de ansatte om hjelp.

error-private-mode = Dette nettleservinduet tar ikke vare på det som skrives (privat nettlesing). Be de ansatte åpne Evne-appen i stedet.
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
