# Evne — the screens for staff (settlement authority, career counsellor, municipality), English.
# Only nb and en have this file.
staff-title = Evne for staff
staff-login-title = Log in
staff-username = Username
staff-password = Password
staff-login = Log in
staff-logout = Log out
staff-search = Search
staff-search-now = Search
staff-residents = Residents of my centres
staff-inbox = Persons the municipality will settle
staff-stats = Statistics
staff-filter-isco = Occupation group (ISCO)
staff-filter-isced-min = Education at least
staff-filter-lang = Language
staff-filter-lang-min = Language level at least
staff-filter-age-min = Age from
staff-filter-age-max = Age to
staff-results =
    { $count ->
        [one] One person
       *[other] { $count } persons
    }
staff-col-name = Name
staff-col-born = Born
staff-col-origin = From
staff-col-work = Work
staff-col-languages = Languages
staff-new = New
staff-conflict = A conflict to resolve
staff-page-prev = Previous page
staff-page-next = Next page
staff-back = Back
staff-loading = Loading …
staff-none = Nothing registered.
staff-print = Print
staff-export-json = Download (JSON)
staff-export-csv = Download (CSV)
staff-written-in = Written in { $language }
staff-versions =
    { $count ->
        [one] one version
       *[other] { $count } versions
    }
staff-settled = To be settled in { $municipality }
staff-notes = Career counsellor's notes
staff-note-add = New note
staff-note-goals = The person's goals
staff-note-next-steps = Recommended next steps
staff-note-language = Language training needs
staff-note-text = Other
staff-note-save = Save the note
staff-note-saved = The note is saved.
staff-settle = Record settlement
staff-settle-municipality = The municipality that agreed
staff-settle-saved = The settlement is recorded.
staff-stats-group = Group by
staff-stats-key = Group
staff-stats-count = Count
staff-stats-bar = Bar
staff-stats-total = In all: { $total }
staff-stats-suppressed = Groups of fewer than 5 persons are shown as "<5", so that nobody can be recognised.
staff-stats-csv = Download the table (CSV)
staff-group-isco = Occupation group
staff-group-isced = Education level
staff-group-lang = Language
staff-group-age = Age
staff-group-centre = Reception centre
staff-group-country = Country
staff-error-session = Your session has expired. Log in again and you will come back here.
staff-error-login = Wrong username or password.
staff-error-forbidden = You do not have access to this.
staff-error-not-found = The person was not found, or you have no access.
staff-error-invalid = Check what you typed.
staff-error-locked = Too many failed attempts. Wait 15 minutes.
staff-error-network = Cannot reach the server. Try again.
staff-tablets = The centre's tablets
staff-tablet-id = Tablet
staff-tablet-last-sync = Last in touch
staff-tablet-queued = Waiting to be sent
staff-tablet-error = Last error
staff-tablet-storage = Storage
staff-tablet-storage-kept = Kept
staff-tablet-storage-not-kept = May be deleted
staff-tablet-storage-unknown = Unknown
staff-tablet-revoke = Disconnect
staff-tablet-revoked = Disconnected
staff-tablet-enrol-hint = A new tablet is connected on the tablet itself: Tablet status (for staff) on the language screen.
staff-minutes-ago =
    { $count ->
        [0] just now
        [one] one minute ago
       *[other] { $count } minutes ago
    }
staff-minutes-old =
    { $count ->
        [one] oldest one minute
       *[other] oldest { $count } minutes
    }
staff-registered = Residents who have registered
staff-registered-count =
    { $count ->
        [0] Nobody has registered yet.
        [one] One resident has registered.
       *[other] { $count } residents have registered.
    }
staff-registered-at = Registered
staff-registered-versions = Versions
staff-tablet-in-progress = Started, not sent
staff-started-count =
    { $count ->
        [0] No registration has been started and left unfinished on the tablets.
        [one] One registration has been started and not yet sent on the tablets.
       *[other] { $count } registrations have been started and not yet sent on the tablets.
    }
staff-working = Working …
staff-assisted = Assisted registration
staff-assisted-hint = Sit with the resident. Start here, then hand over the tablet: the resident chooses their language, and every question is also shown in Norwegian.
staff-assisted-start = Start an assisted registration
staff-assisted-code = The code of this registration. It shows in the list below when the registration has been sent.
staff-assisted-open-tablet = Log out and open the language screen on this tablet
staff-assisted-code-col = Code
staff-assisted-by = Started by
staff-assisted-started = Started
staff-assisted-status = Status
staff-assisted-open = Not sent yet
staff-assisted-finished = Sent
staff-assisted-expired = Not sent (expired)
staff-filter-min-years = Years in it, at least
staff-filter-field = Field of education
staff-filter-literacy = Reads and writes, at least
staff-filter-licence = Driving licence
staff-filter-centre = Reception centre
staff-filter-country = Country
staff-search-name = Name of the search
staff-search-save = Save the search
staff-search-saved = Saved searches:
staff-search-delete = Delete the saved search { $name }
staff-col-registered = Registered
staff-handover = Hand-over
staff-handover-municipality = Municipality
staff-handover-decided = Decided
staff-handover-status = Hand-over
staff-handover-opened = Opened by the municipality { $date }
staff-handover-waiting = Not opened by the municipality yet
staff-note-edit = Edit
staff-note-editing = Edit the note
staff-note-cancel = Cancel
staff-note-updated = The note is updated.
staff-section-person = Person
staff-section-languages = Languages
staff-section-education = Education
staff-section-work = Work experience
staff-section-skills = Other skills
staff-section-wishes = Wishes and interests
staff-section-other = Other
staff-filter-name = Name (or part of it)
staff-centre-residents = Residents at the centre now
staff-centre-residents-save = Save
staff-centre-residents-saved = Saved.
staff-not-yet-count =
    { $count ->
        [0] Everyone at the centre has registered or started.
        [one] One resident has not registered yet.
       *[other] { $count } residents have not registered yet.
    }
staff-not-yet-unknown = Enter how many residents the centre has now to see how many have not registered yet.
staff-stats-filters = Count only persons who match
staff-conflict-title = This registration gave another person's case number
staff-conflict-explain = Its name or year of birth differs from the person who has that case number. Until you decide, it changes nothing of that person: not their centre, their profile or who reads their notes.
staff-conflict-merge = The same person: merge into that record
staff-conflict-apart = Another person: keep apart
staff-conflict-kept = Kept as a person of their own.

staff-users = Users
staff-shield-rights = Shielded persons
staff-shield-rights-explain = Settlement officers who may see shielded persons in search, statistics and profiles. Others never see them. Every change is logged.
staff-shield-rights-none = There are no settlement officers.
staff-shield-rights-state = Sees shielded persons
staff-shield-rights-yes = Yes
staff-shield-rights-no = No
staff-shield-rights-change = Change
staff-shield-rights-grant = Allow
staff-shield-rights-revoke = Stop

## Language review (language reviewers)
staff-review = Language review
staff-review-locale = Language
staff-review-filter = Show
staff-review-all = All
staff-review-state-draft = Draft
staff-review-state-reviewed = Reviewed
staff-review-state-approved = Approved
staff-review-state-stale = Stale (the source changed)
staff-review-total = The whole language
staff-review-per-place = Progress per part of the app
staff-review-progress = { $reviewed } of { $messages } reviewed, { $approved } approved, { $stale } stale, { $recorded } recorded
staff-review-source = Norwegian (the source)
staff-review-english = English (as help)
staff-review-text = The text in this language
staff-review-save = Mark reviewed
staff-review-approve = Approve
staff-review-previous = Previous
staff-review-next = Next
staff-review-keys = Keyboard: Alt+↓ next, Alt+↑ previous, Ctrl+Enter mark reviewed.
staff-review-own = You reviewed this text. Another reviewer must approve it.
staff-review-position = { $position } of { $count }
staff-review-none = No texts in this state.
staff-review-place-start = Before the form
staff-review-place-throughout = On every step
staff-review-place-tablet = The tablet's own screens
staff-review-problem-required = The text is empty.
staff-review-problem-syntax = The text is not valid Fluent.
staff-review-problem-missing = A variable of the source is missing.
staff-review-problem-unknown = The text uses a variable the source does not have.
staff-review-conflict = Cannot be approved: the text is not reviewed, you reviewed it yourself, or it is stale.

## Recording a message (language reviewers)
staff-record = Recording
staff-record-none = Not recorded yet.
staff-record-saved = Recording kept ({ $seconds } s)
staff-record-stale = Stale: the Norwegian source has changed since it was recorded. Record it again.
staff-record-start = Record
staff-record-stop = Stop
staff-record-recording = Recording … Speak now. It stops by itself after 60 seconds.
staff-record-working = Preparing the recording (cutting silence, levelling the loudness) …
staff-record-keep = Keep the recording
staff-record-again = Record again
staff-record-no-microphone = No microphone found, or the browser was not allowed to use it.
staff-record-unsupported = This browser cannot record sound that every tablet plays. Use Chrome, Edge, Firefox or Safari.
staff-record-silent = The recording is silent. Check the microphone and try again.
staff-record-too-large = The recording is larger than 1 MB. Make it shorter.
staff-record-rejected = The server did not accept the audio file: the tablets cannot play it.
staff-record-invalid = The server did not accept the recording (longer than 60 seconds, or damaged).

## The words of every locale (admins)
staff-coverage = The app's languages
staff-coverage-explain = How far each language has come: texts reviewed and approved by language reviewers (interpreters and translators), stale (the Norwegian source has changed since) and recorded.
staff-coverage-messages = Texts
staff-coverage-recorded = Recorded

## Languages the app lacks ("my language is not here" on the tablets)
staff-asked = Languages residents asked for that the app lacks (last 30 days)
staff-asked-explain = Residents of this centre tapped "My language is not here" and chose their language. Find an interpreter for these languages.
staff-asked-explain-national = All centres: which languages residents ask for that the app lacks, and at how many centres.
staff-asked-none = Nobody has asked for a language the app lacks.
staff-asked-language = Language
staff-asked-count = Times
staff-asked-centres = Centres

## Coding a job title (ESCO)
staff-esco = Code a job title (ESCO)
staff-esco-title = Job title in English, or an ISCO-08 code
staff-esco-search = Search
staff-esco-none = No ESCO occupation fits. Try other English words.
staff-esco-occupation = ESCO occupation
staff-esco-isco = ISCO-08 group
staff-esco-uri = ESCO URI
staff-esco-matched = Matched: “{ $label }”
staff-esco-source = Source: ESCO, European Commission (v1.2.0). Occupation names are in English only here.
staff-esco-job = Job (the title as the resident wrote it)
staff-esco-keep = Use
staff-esco-remove = Remove the code
staff-esco-saved = The ESCO code is saved.
staff-esco-no-titles = The resident wrote no job title of their own. Chosen occupations have ISCO-08 and ESCO codes already.

## Coverage (registered ÷ residents)
staff-national = Coverage: registered residents of all residents
staff-national-explain = As of { $date }. Registered: has sent a registration, belongs to the centre of their latest registration and is not settled. Residents: the head count the centre entered last. Counties and the country count only centres that have entered a head count.
staff-national-kind = Level
staff-national-name = Name
staff-national-registered = Registered
staff-national-residents = Residents
staff-national-share = Share
staff-national-national = Country
staff-national-region = County
staff-national-centre = Centre
staff-national-country = The whole country
staff-national-no-region = No county
staff-national-csv = Download (CSV)
staff-national-chart = Share registered in the whole country, week by week, with the 100 % target
staff-national-chart-caption = The whole country week by week from { $first } to { $last }. The dashed line is the target: 100 %.
