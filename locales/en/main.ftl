# Evne — resident app, English.
app-title = Evne
app-tagline = Register what you know and can do

language-title = Choose your language
language-missing = My language is not here
language-missing-title = Which language do you speak?
language-missing-noted = Thank you. We have noted your language.
language-missing-staff = Please show this screen to the staff. They will find an interpreter for you.
language-change = Change language

form-intro = Your answers are saved on this tablet as you type.

step-of = Step { $step } of { $steps }
step-consent = Before we start
step-about = About you
step-languages = Languages
step-education = School and education
step-work = Work
step-skills = Other skills
step-wishes = Wishes for the future
step-review = Check and send
back = Back
next = Next
choose = Choose …
yes = Yes
no = No
remove = Remove
change = Change
edit = Change

consent-purpose = Here you can tell what you know and can do: languages, school, work and other skills. This makes it easier to find a place to live and a way to work or school in Norway.
consent-who = The settlement authorities and the municipality that agrees to settle you will see your answers. The career counsellor at the centre can see them too.
consent-voluntary = It is voluntary. You decide what you want to answer.
consent-not-asylum = Your answers are not used in your asylum case.
consent-withdraw = You can take back your yes at any time. Ask the staff.
consent-assisted = A staff member is helping me fill this in.
consent-question = Do you want to register?
consent-yes = Yes, I do
consent-no = No, not now
declined-title = Nothing has been saved
declined-body = You said no, so nothing you wrote has been saved. You can start again whenever you want.

field-given-name = First name
field-family-name = Family name
field-latin-name = Your name in Latin letters (as in Norwegian papers)
field-year = Year of birth
field-gender = Gender
field-origin = The country you come from
field-citizenship = Citizenship
field-case-number = Case number from UDI (if you know it)
field-phone = Phone number
field-languages = Which languages do you speak?
field-other-language = Another language
field-mother-tongue = Mother tongue
field-scripts = Which script can you read?
field-literacy = Reading and writing

education-intro = Add every school and study you have attended, also the ones you did not finish.
education-add = Add a school
education-entry = School { $number }
field-education-level = Which level?
field-education-field = Subject
field-institution = Name of the school
field-country = Country
field-start-year = From year
field-end-year = To year
field-years-completed = Number of years
field-completed = Did you finish?
field-documents = Do you have a diploma or papers?

work-intro = Add every job you have had, also in your own business, at home or on a farm.
work-add = Add a job
work-entry = Job { $number }
field-occupation = What was the job?
occupation-search-hint = Type a word, for example "cook" or "driver".
occupation-none-found = Nothing found. Try another word, or choose an area below.
occupation-group = Can't find the job? Choose an area:
field-job-title = Title or name of the job (in your words)
field-years = Number of years
field-employment = Employed or own business?
field-tasks = What did you do in the job?
field-tools = Tools and machines you used

field-licences = Driving licence
field-digital = Phone and computer
field-certificates = Courses and certificates
field-certificate = Course or certificate
certificate-add = Add a course
field-crafts = Crafts and practical skills
field-volunteer = Volunteer work

field-wished-work = What work do you want to do in Norway?
field-wished-work-add = Add a kind of work
field-wished-education = What education do you want?
field-region = Where in Norway do you want to live?
field-availability = When can you start?
field-planning-voluntary = Voluntary: only if you want to.
field-planning-notes = Health or other things the municipality should know to plan

review-fix = Some answers are missing or need fixing:
review-empty = Not answered.
years-count =
    { $count ->
        [one] { $count } year
       *[other] { $count } years
    }

submit = Send my registration
submit-fix = Look at the answers marked in red.

status-draft = Saved on this tablet.
status-queued =
    { $count ->
        [one] One registration is waiting to be sent.
       *[other] { $count } registrations are waiting to be sent.
    }
status-offline = There is no network now. It will be sent when the network is back.
status-sent = Your registration has been sent.
status-rejected = A registration could not be sent. Please ask the staff for help.

sent-title = Thank you!
sent-body = Your registration is safe. It is sent to the settlement office as soon as there is network. Nothing of it stays on this tablet after that.
new-registration = Start a new registration
read-aloud = Read aloud
bilingual-toggle = Show Norwegian too
resume-code-yours = Your code: { $code }. Write it down. You need it if you take a break.
resume-open = Continue a registration
resume-code = Type your code (4 numbers)
resume-submit = Continue
resume-wrong-code = The code is not right. Try again.
resume-too-many = Too many wrong tries. Wait five minutes, or ask the staff.
done-next = What happens next: the settlement authorities read your registration. When a municipality agrees to settle you, the municipality gets it. Ask the staff if you have questions.
print-copy = Print a copy for me
print-title = My registration in Evne

error-required = Please answer this.
error-too-long = The text is too long.
error-invalid-text = The text has characters that cannot be used.
error-year-too-early = That year is too early. Please check it.
error-too-young = You must be at least 15 years old to register here.
error-year-out-of-range = Check the year. It cannot be before you were born or after this year.
error-end-before-start = The end year is before the start year.
error-years-out-of-range = Check the number of years.
error-too-many = There are too many. Remove some.
error-duplicate = This is chosen twice.
error-choose-again = Please choose again.
error-case-number = The case number has 12 digits, for example 2019 123456 01.
error-phone = Write the phone number with numbers only, for example +47 912 34 567.
error-consent = You must say yes before you can send.
error-storage = Your answer was NOT saved on this tablet. Please ask the staff for help.

error-private-mode = This browser window does not keep what is typed (private browsing). Please ask the staff to open the Evne app instead.
old-browser = This browser is too old for Evne. Please use Chrome on an Android tablet, or Safari on an iPad with iPadOS 16 or newer, or ask the staff.
error-app-load = The registration could not be loaded yet. It tries again by itself. If this does not go away, please ask the staff for help.
error-no-key = This tablet cannot send registrations yet. Please ask the staff to connect it to the network once.

# The tablet screen, for reception staff. No personal data is shown there.
tablet-open = Tablet status (for staff)
tablet-title = Tablet status
tablet-back = Back
tablet-storage-kept = The browser keeps this app's data.
tablet-storage-not-kept = The browser may delete this app's data when space runs low. Install the app on the home screen so that it is kept.
tablet-storage-used = { $percent } % of the storage space is used.
tablet-storage-full = Storage is almost full. Send the waiting registrations and free space on the tablet.
tablet-storage-unknown = The browser does not tell how much storage is used.
tablet-storage-lasted = This browser does not tell whether it keeps the app's data, but it has kept it since { $date }. Starts of the app since then: { $starts }.
tablet-storage-first = This browser does not tell whether it keeps the app's data, and this is the app's first start on it. A private window would lose everything when it closes: use the installed app.
tablet-queue-title = Registrations waiting to be sent
tablet-queue-empty = Nothing is waiting.
tablet-entry =
    Waiting for { $minutes } min, { $attempts ->
        [one] one attempt.
       *[other] { $attempts } attempts.
    }
tablet-entry-error-offline = Last try: no network.
tablet-entry-error = Last try: the server answered { $detail }.
tablet-entry-refused = Refused by the server. It stays on this tablet. Contact support.
tablet-entry-attention = Needs attention: it has waited for more than a day.
tablet-send-now = Send now
tablet-update-ready = A new version of the app is ready. It starts before the next registration.
tablet-update-now = Update now
tablet-draft-expires = An unfinished registration on this tablet will be deleted in { $minutes } min unless someone continues it.
tablet-idle-hours = Delete unfinished registrations after
tablet-hours = { $hours } hours
tablet-device = Tablet id: { $id }
status-not-enrolled = This tablet is not enrolled yet, so nothing can be sent. Please ask the staff.
tablet-enrol-title = Enrol this tablet
tablet-enrol-intro = Reception staff: log in to enrol this tablet for your centre. Your login is used only for this and is not kept on the tablet.
tablet-enrol-username = Username
tablet-enrol-password = Password
tablet-enrol-submit = Enrol
tablet-enrol-failed-login = Wrong username or password.
tablet-enrol-failed-locked = Too many failed attempts. Wait 15 minutes and try again.
tablet-enrol-failed-role = This user cannot enrol tablets (only reception staff of a centre can), or must first change the password.
tablet-enrol-failed-network = The server cannot be reached. Connect the tablet to the network and try again.
tablet-retry-refused = Try the refused ones again

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = Drafts on this tablet
tablet-lock-none = Drafts are not yet locked to this tablet's screen lock: a copy of the browser's files could open them.
tablet-lock-set = Lock drafts with the tablet's screen lock
tablet-lock-locked = Saved drafts are locked since the app started. Unlock them with the tablet's screen lock to continue a saved registration.
tablet-unlock = Unlock with the tablet's screen lock
tablet-lock-unlocked = Drafts are protected by the tablet's screen lock, and open until the app restarts.
tablet-lock-failed = The screen lock did not answer. Try again.
tablet-lock-server-offer = This browser cannot lock drafts with the tablet's screen lock. Lock them with a staff login instead: the server keeps the key and gives it only to this tablet with a login of your centre, so every unlock needs the network.
tablet-lock-server-set = Lock drafts with a staff login
tablet-lock-locked-server = Saved drafts are locked since the app started. Reception staff of this centre unlock them with their login; the tablet must be online.
tablet-unlock-server = Unlock with a staff login
tablet-lock-unlocked-server = Drafts are protected by a key that the server gives only to this tablet with a staff login, and open until the app restarts.
tablet-lock-server-failed-role = Only reception staff of this tablet's centre can do this, with a password of their own (change a one-time password first).
tablet-lock-server-failed-device = This tablet is not enrolled, or was disconnected: the server does not give it the key.
tablet-lock-server-failed-key = The server's key does not open the drafts on this tablet. Ask the administrator.
drafts-locked = Saved registrations on this tablet are locked. A staff member can unlock them on the tablet status screen. You can start a new registration.
