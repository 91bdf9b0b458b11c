# Evne — resident app, English.
app-title = Evne
app-tagline = Register what you know and can do

language-title = Choose your language
language-change = Change language

form-title = About you
form-intro = Your answers are saved on this tablet while you type.
field-name = Your name
field-name-hint = Write your name the way you usually write it.
field-year = Year of birth
field-year-hint = For example 1990
field-languages = Which languages do you speak?


submit = Send my registration
submit-fix = Please check the answers marked in red.

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

error-name-empty = Please write your name.
error-name-too-long = The name is too long.
error-name-invalid = The name has characters that cannot be used.
error-year-missing = Please write the year you were born.
error-year-not-a-number = Please write the year with numbers only, for example 1990.
error-year-too-early = That year is too early. Please check it.
error-year-too-late = You must be at least 15 years old to register here.
error-languages-empty = Please choose at least one language.
error-languages-invalid = One of the languages cannot be used. Please choose again.
error-locale-invalid = Please choose your language again.
error-storage = Your answer was NOT saved on this tablet. Please ask the staff for help.

error-private-mode = This browser window does not keep what is typed (private browsing). Please ask the staff to open the Evne app instead.
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
