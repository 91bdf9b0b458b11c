# Evne — skjermene for ansatte (bosettingsmyndighet, karriereveileder, kommune), bokmål.
# Bare nb og en har denne fila.
staff-title = Evne for ansatte
staff-login-title = Logg inn
staff-username = Brukernavn
staff-password = Passord
staff-login = Logg inn
staff-logout = Logg ut
staff-search = Søk
staff-search-now = Søk
staff-residents = Beboere på mottakene mine
staff-inbox = Personer kommunen skal bosette
staff-stats = Statistikk
staff-filter-isco = Yrkesområde (ISCO)
staff-filter-isced-min = Utdanning minst
staff-filter-lang = Språk
staff-filter-lang-min = Språknivå minst
staff-filter-age-min = Alder fra
staff-filter-age-max = Alder til
staff-results =
    { $count ->
        [one] Én person
       *[other] { $count } personer
    }
staff-col-name = Navn
staff-col-born = Født
staff-col-origin = Fra
staff-col-work = Arbeid
staff-col-languages = Språk
staff-new = Ny
staff-conflict = En konflikt å avklare
staff-page-prev = Forrige side
staff-page-next = Neste side
staff-back = Tilbake
staff-loading = Henter …
staff-none = Ingenting registrert.
staff-print = Skriv ut
staff-export-json = Last ned (JSON)
staff-export-csv = Last ned (CSV)
staff-written-in = Skrevet på { $language }
staff-versions =
    { $count ->
        [one] én versjon
       *[other] { $count } versjoner
    }
staff-settled = Bosettes i { $municipality }
staff-notes = Notater fra karriereveileder
staff-note-add = Nytt notat
staff-note-goals = Personens mål
staff-note-next-steps = Anbefalte neste steg
staff-note-language = Behov for språkopplæring
staff-note-text = Annet
staff-note-save = Lagre notatet
staff-note-saved = Notatet er lagret.
staff-settle = Registrer bosetting
staff-settle-municipality = Kommunen som har sagt ja
staff-settle-saved = Bosettingen er registrert.
staff-stats-group = Grupper etter
staff-stats-key = Gruppe
staff-stats-count = Antall
staff-stats-bar = Søyle
staff-stats-total = Til sammen: { $total }
staff-stats-suppressed = Grupper med færre enn 5 personer vises som «<5», så ingen kan kjennes igjen.
staff-stats-csv = Last ned tabellen (CSV)
staff-group-isco = Yrkesområde
staff-group-isced = Utdanningsnivå
staff-group-lang = Språk
staff-group-age = Alder
staff-group-centre = Mottak
staff-group-country = Land
staff-error-session = Økten er utløpt. Logg inn igjen, så kommer du tilbake hit.
staff-error-login = Feil brukernavn eller passord.
staff-error-forbidden = Du har ikke tilgang til dette.
staff-error-not-found = Fant ikke personen, eller du har ikke tilgang.
staff-error-invalid = Sjekk det du skrev.
staff-error-locked = For mange mislykkede forsøk. Vent 15 minutter.
staff-error-network = Får ikke kontakt med serveren. Prøv igjen.
staff-tablets = Nettbrettene på mottaket
staff-tablet-id = Nettbrett
staff-tablet-last-sync = Sist i kontakt
staff-tablet-queued = Venter på å bli sendt
staff-tablet-error = Siste feil
staff-tablet-storage = Lagring
staff-tablet-storage-kept = Tas vare på
staff-tablet-storage-not-kept = Kan bli slettet
staff-tablet-storage-unknown = Ukjent
staff-tablet-revoke = Koble fra
staff-tablet-revoked = Koblet fra
staff-tablet-enrol-hint = Et nytt nettbrett kobles til på selve nettbrettet: Nettbrettstatus (for ansatte) på språkskjermen.
staff-minutes-ago =
    { $count ->
        [0] akkurat nå
        [one] for ett minutt siden
       *[other] for { $count } minutter siden
    }
staff-minutes-old =
    { $count ->
        [one] eldste ett minutt
       *[other] eldste { $count } minutter
    }
staff-registered = Beboere som har registrert seg
staff-registered-count =
    { $count ->
        [0] Ingen har registrert seg ennå.
        [one] Én beboer har registrert seg.
       *[other] { $count } beboere har registrert seg.
    }
staff-registered-at = Registrert
staff-registered-versions = Versjoner
staff-tablet-in-progress = Påbegynt, ikke sendt
staff-started-count =
    { $count ->
        [0] Ingen registrering er påbegynt og ikke fullført på nettbrettene.
        [one] Én registrering er påbegynt og ikke sendt ennå på nettbrettene.
       *[other] { $count } registreringer er påbegynt og ikke sendt ennå på nettbrettene.
    }
staff-working = Arbeider …
staff-assisted = Assistert registrering
staff-assisted-hint = Sitt sammen med beboeren. Start her, og gi så nettbrettet videre: beboeren velger språket sitt, og hvert spørsmål vises også på norsk.
staff-assisted-start = Start en assistert registrering
staff-assisted-code = Koden til denne registreringen. Den vises i listen nedenfor når registreringen er sendt.
staff-assisted-open-tablet = Logg ut og åpne språkvalget på dette nettbrettet
staff-assisted-code-col = Kode
staff-assisted-by = Startet av
staff-assisted-started = Startet
staff-assisted-status = Status
staff-assisted-open = Ikke sendt ennå
staff-assisted-finished = Sendt
staff-assisted-expired = Ikke sendt (utløpt)
staff-filter-min-years = År i yrket, minst
staff-filter-field = Utdanningsfelt
staff-filter-literacy = Leser og skriver, minst
staff-filter-licence = Førerkort
staff-filter-centre = Mottak
staff-filter-country = Land
staff-search-name = Navn på søket
staff-search-save = Lagre søket
staff-search-saved = Lagrede søk:
staff-search-delete = Slett det lagrede søket { $name }
staff-col-registered = Registrert
staff-handover = Overlevering
staff-handover-municipality = Kommune
staff-handover-decided = Vedtatt
staff-handover-status = Overlevering
staff-handover-opened = Åpnet av kommunen { $date }
staff-handover-waiting = Ikke åpnet av kommunen ennå
staff-note-edit = Endre
staff-note-editing = Endre notatet
staff-note-cancel = Avbryt
staff-note-updated = Notatet er oppdatert.
staff-section-person = Person
staff-section-languages = Språk
staff-section-education = Utdanning
staff-section-work = Arbeidserfaring
staff-section-skills = Andre ferdigheter
staff-section-wishes = Ønsker og interesser
staff-section-other = Annet
staff-filter-name = Navn (eller en del av det)
staff-centre-residents = Beboere på mottaket nå
staff-centre-residents-save = Lagre
staff-centre-residents-saved = Lagret.
staff-not-yet-count =
    { $count ->
        [0] Alle på mottaket har registrert seg eller begynt.
        [one] Én beboer har ikke registrert seg ennå.
       *[other] { $count } beboere har ikke registrert seg ennå.
    }
staff-not-yet-unknown = Skriv inn hvor mange beboere mottaket har nå, så ser du hvor mange som ikke har registrert seg ennå.
staff-stats-filters = Tell bare personer som passer
staff-conflict-title = Denne registreringen oppga en annen persons saksnummer
staff-conflict-explain = Navnet eller fødselsåret er ikke det samme som hos personen som har saksnummeret. Til du har bestemt deg, endrer den ingenting for den personen: verken mottaket, profilen eller hvem som leser notatene.
staff-conflict-merge = Samme person: slå sammen med den registreringen
staff-conflict-apart = En annen person: hold adskilt
staff-conflict-kept = Beholdt som en egen person.

staff-users = Brukere
staff-shield-rights = Skjermede personer
staff-shield-rights-explain = Bosettingsrådgivere som kan se skjermede personer i søk, statistikk og profiler. Andre ser dem aldri. Hver endring logges.
staff-shield-rights-none = Det finnes ingen bosettingsrådgivere.
staff-shield-rights-state = Ser skjermede personer
staff-shield-rights-yes = Ja
staff-shield-rights-no = Nei
staff-shield-rights-change = Endre
staff-shield-rights-grant = Tillat
staff-shield-rights-revoke = Stopp

## Language review (language reviewers)
staff-review = Språkgjennomgang
staff-review-locale = Språk
staff-review-filter = Vis
staff-review-all = Alle
staff-review-state-draft = Utkast
staff-review-state-reviewed = Gjennomgått
staff-review-state-approved = Godkjent
staff-review-state-stale = Utdatert (kilden er endret)
staff-review-total = Hele språket
staff-review-per-place = Framdrift per del av appen
staff-review-progress = { $reviewed } av { $messages } gjennomgått, { $approved } godkjent, { $stale } utdatert, { $recorded } tatt opp
staff-review-source = Norsk (kilden)
staff-review-english = Engelsk (som hjelp)
staff-review-text = Teksten på dette språket
staff-review-save = Merk som gjennomgått
staff-review-approve = Godkjenn
staff-review-previous = Forrige
staff-review-next = Neste
staff-review-keys = Tastatur: Alt+↓ neste, Alt+↑ forrige, Ctrl+Enter merk som gjennomgått.
staff-review-own = Du gjennomgikk denne teksten. En annen gjennomgår må godkjenne den.
staff-review-position = { $position } av { $count }
staff-review-none = Ingen tekster med denne tilstanden.
staff-review-place-start = Før skjemaet
staff-review-place-throughout = På alle stegene
staff-review-place-tablet = Nettbrettets egne skjermer
staff-review-problem-required = Teksten er tom.
staff-review-problem-syntax = Teksten er ikke gyldig Fluent.
staff-review-problem-missing = En variabel fra kilden mangler.
staff-review-problem-unknown = Teksten bruker en variabel som ikke finnes i kilden.
staff-review-conflict = Kan ikke godkjennes: teksten er ikke gjennomgått, du gjennomgikk den selv, eller den er utdatert.

## Recording a message (language reviewers)
staff-record = Opptak
staff-record-none = Ikke tatt opp ennå.
staff-record-saved = Lagret opptak ({ $seconds } s)
staff-record-stale = Utdatert: den norske kilden er endret siden opptaket. Ta opp på nytt.
staff-record-start = Ta opp
staff-record-stop = Stopp
staff-record-recording = Tar opp … Snakk nå. Opptaket stopper av seg selv etter 60 sekunder.
staff-record-working = Klargjør opptaket (stillhet fjernes, lydnivået jevnes ut) …
staff-record-keep = Behold opptaket
staff-record-again = Ta opp på nytt
staff-record-no-microphone = Fant ingen mikrofon, eller nettleseren fikk ikke lov til å bruke den.
staff-record-unsupported = Denne nettleseren kan ikke ta opp lyd som alle nettbrettene spiller. Bruk Chrome, Edge, Firefox eller Safari.
staff-record-silent = Opptaket er stille. Sjekk mikrofonen og prøv igjen.
staff-record-too-large = Opptaket er større enn 1 MB. Gjør det kortere.
staff-record-rejected = Serveren tok ikke imot lydfilen: nettbrettene kan ikke spille den.
staff-record-invalid = Serveren tok ikke imot opptaket (lengre enn 60 sekunder eller skadet).

## The words of every locale (admins)
staff-coverage = Språkene i appen
staff-coverage-explain = Hvor langt hvert språk har kommet: tekster gjennomgått og godkjent av språkgjennomgåere (tolker og oversettere), utdaterte (den norske kilden er endret siden) og tatt opp.
staff-coverage-messages = Tekster
staff-coverage-recorded = Tatt opp

## Languages the app lacks ("my language is not here" on the tablets)
staff-asked = Språk beboerne ba om som appen ikke har (siste 30 dager)
staff-asked-explain = Beboere på mottaket trykket «Språket mitt er ikke her» og valgte språket sitt. Skaff tolk på disse språkene.
staff-asked-explain-national = Alle mottak: hvilke språk beboere ber om som appen mangler, og på hvor mange mottak.
staff-asked-none = Ingen har bedt om et språk appen ikke har.
staff-asked-language = Språk
staff-asked-count = Ganger
staff-asked-centres = Mottak

## Koding av en stillingstittel (ESCO)
staff-esco = Kod en stillingstittel (ESCO)
staff-esco-title = Stillingstittel på engelsk, eller en ISCO-08-kode
staff-esco-search = Søk
staff-esco-none = Ingen ESCO-yrker passer. Prøv andre ord på engelsk.
staff-esco-occupation = ESCO-yrke
staff-esco-isco = ISCO-08-gruppe
staff-esco-uri = ESCO-URI
staff-esco-matched = Fant: «{ $label }»
staff-esco-source = Kilde: ESCO, Europakommisjonen (v1.2.0). Yrkesnavnene finnes bare på engelsk her.
staff-esco-job = Jobb (tittelen slik beboeren skrev den)
staff-esco-keep = Bruk
staff-esco-remove = Fjern koden
staff-esco-saved = ESCO-koden er lagret.
staff-esco-no-titles = Beboeren har ikke skrevet en egen stillingstittel. Valgte yrker har ISCO-08- og ESCO-kode allerede.

## Dekningsgrad (registrerte ÷ beboere)
staff-national = Dekningsgrad: registrerte beboere av alle beboere
staff-national-explain = Per { $date }. Registrert: har sendt inn en registrering, hører til mottaket for siste registrering og er ikke bosatt. Beboere: antallet mottaket sist oppga. Fylker og landet teller bare mottak som har oppgitt antall.
staff-national-kind = Nivå
staff-national-name = Navn
staff-national-registered = Registrert
staff-national-residents = Beboere
staff-national-share = Andel
staff-national-national = Landet
staff-national-region = Fylke
staff-national-centre = Mottak
staff-national-country = Hele landet
staff-national-no-region = Uten fylke
staff-national-csv = Last ned (CSV)
staff-national-chart = Andel registrerte i hele landet, uke for uke, med målet på 100 %
staff-national-chart-caption = Hele landet uke for uke fra { $first } til { $last }. Den stiplede linjen er målet: 100 %.
