# Evne — resident app, French. Machine-assisted draft: needs review by a human translator.
app-title = Evne
app-tagline = Enregistrez ce que vous savez et ce que vous savez faire

language-title = Choisissez votre langue
language-missing = Ma langue n’est pas ici
language-missing-title = Quelle langue parlez-vous ?
language-missing-noted = Merci. Nous avons noté votre langue.
language-missing-staff = Veuillez montrer cet écran au personnel. Il vous trouvera un interprète.
language-change = Changer de langue

form-intro = Vos réponses sont enregistrées sur cette tablette pendant que vous écrivez.

step-of = Étape { $step } sur { $steps }
step-consent = Avant de commencer
step-about = À propos de vous
step-languages = Langues
step-education = École et études
step-work = Travail
step-skills = Autres compétences
step-wishes = Vos souhaits pour l’avenir
step-review = Vérifier et envoyer
back = Retour
next = Suivant
choose = Choisir…
yes = Oui
no = Non
remove = Retirer
change = Changer
edit = Modifier

consent-purpose = Ici, vous pouvez dire ce que vous savez et ce que vous savez faire : langues, école, travail et autres compétences. Cela aide à trouver un endroit où vivre et un chemin vers un travail ou une école en Norvège.
consent-who = Le service qui s’occupe de votre installation dans une commune et la commune qui accepte de vous accueillir verront vos réponses. Le conseiller d’orientation du centre d’accueil peut aussi les voir.
consent-voluntary = Ce n’est pas obligatoire. Vous choisissez vous-même ce que vous voulez répondre.
consent-not-asylum = Vos réponses ne sont pas utilisées pour votre demande d’asile.
consent-withdraw = Vous pouvez retirer votre « oui » à tout moment. Demandez au personnel.
consent-assisted = Un membre du personnel m’aide à remplir le formulaire.
consent-question = Voulez-vous vous inscrire ?
consent-yes = Oui, je veux
consent-no = Non, pas maintenant
declined-title = Rien n’a été enregistré
declined-body = Vous avez dit non, donc rien de ce que vous avez écrit n’a été enregistré. Vous pouvez recommencer quand vous voulez.

field-given-name = Prénom
field-family-name = Nom de famille
field-latin-name = Votre nom en lettres latines (comme sur vos papiers norvégiens)
field-year = Année de naissance
field-gender = Sexe
field-origin = Le pays d’où vous venez
field-citizenship = Nationalité
field-case-number = Numéro de dossier de l’UDI (si vous le connaissez)
field-phone = Numéro de téléphone
field-languages = Quelles langues parlez-vous ?
field-other-language = Une autre langue
field-mother-tongue = Langue maternelle
field-scripts = Quelle écriture savez-vous lire ?
field-literacy = Lire et écrire

education-intro = Ajoutez toutes les écoles et toutes les études que vous avez suivies, même celles que vous n’avez pas terminées.
education-add = Ajouter une école
education-entry = École { $number }
field-education-level = Quel niveau ?
field-education-field = Matière
field-institution = Nom de l’école
field-country = Pays
field-start-year = Année de début
field-end-year = Année de fin
field-years-completed = Nombre d’années
field-completed = Avez-vous terminé ?
field-documents = Avez-vous un diplôme ou des papiers ?

work-intro = Ajoutez tous les emplois que vous avez eus, aussi dans votre propre entreprise, à la maison ou à la ferme.
work-add = Ajouter un emploi
work-entry = Emploi { $number }
field-occupation = Quel était le travail ?
occupation-search-hint = Écrivez un mot, par exemple « cuisinier » ou « chauffeur ».
occupation-none-found = Rien trouvé. Essayez un autre mot, ou choisissez un domaine ci-dessous.
occupation-group = Vous ne trouvez pas le travail ? Choisissez un domaine :
field-job-title = Titre ou nom du travail (avec vos mots)
field-years = Nombre d’années
field-employment = Employé ou à votre compte ?
field-tasks = Qu’est-ce que vous faisiez dans ce travail ?
field-tools = Outils et machines que vous utilisiez

field-licences = Permis de conduire
field-digital = Téléphone et ordinateur
field-certificates = Formations et certificats
field-certificate = Formation ou certificat
certificate-add = Ajouter une formation
field-crafts = Artisanat et savoir-faire pratiques
field-volunteer = Bénévolat

field-wished-work = Quel travail voulez-vous faire en Norvège ?
field-wished-work-add = Ajouter un travail
field-wished-education = Quelles études voulez-vous faire ?
field-region = Où voulez-vous habiter en Norvège ?
field-availability = Quand pouvez-vous commencer ?
field-planning-voluntary = Pas obligatoire : seulement si vous voulez.
field-planning-notes = Santé ou autres choses que la commune devrait savoir pour bien préparer votre arrivée

review-fix = Des réponses manquent ou doivent être corrigées :
review-empty = Pas de réponse.
years-count =
    { $count ->
        [one] { $count } an
        [many] { $count } d’ans
       *[other] { $count } ans
    }

submit = Envoyer mon inscription
submit-fix = Merci de vérifier les réponses marquées en rouge.

status-draft = Enregistré sur cette tablette.
status-queued =
    { $count ->
        [one] { $count } inscription attend d’être envoyée.
        [many] { $count } d’inscriptions attendent d’être envoyées.
       *[other] { $count } inscriptions attendent d’être envoyées.
    }
status-offline = Il n’y a pas de réseau maintenant. L’inscription sera envoyée quand le réseau reviendra.
status-sent = Votre inscription a été envoyée.
status-rejected = Une inscription n’a pas pu être envoyée. Demandez de l’aide au personnel.

sent-title = Merci !
sent-body = Votre inscription est en sécurité. Elle sera envoyée au service qui s’occupe de votre installation dans une commune, dès qu’il y aura du réseau. Ensuite, rien ne restera sur cette tablette.
new-registration = Commencer une nouvelle inscription
read-aloud = Lire à voix haute
bilingual-toggle = Afficher aussi en norvégien
resume-code-yours = Votre code : { $code }. Notez-le. Vous en aurez besoin si vous faites une pause.
resume-open = Continuer une inscription
resume-code = Tapez votre code (4 chiffres)
resume-submit = Continuer
resume-wrong-code = Le code n’est pas bon. Essayez encore.
resume-too-many = Trop d’erreurs. Attendez cinq minutes, ou demandez au personnel.
done-next = Ce qui se passe ensuite : le service qui s’occupe de votre installation dans une commune lit votre inscription. Quand une commune accepte de vous accueillir, elle reçoit votre inscription. Si vous avez des questions, demandez au personnel.
print-copy = Imprimer une copie pour moi
print-title = Mon inscription dans Evne

error-required = Répondez à cette question, s’il vous plaît.
error-too-long = Le texte est trop long.
error-invalid-text = Le texte contient des caractères qui ne peuvent pas être utilisés.
error-year-too-early = Cette année est trop ancienne. Vérifiez-la, s’il vous plaît.
error-too-young = Vous devez avoir au moins 15 ans pour vous inscrire ici.
error-year-out-of-range = Vérifiez l’année. Elle ne peut pas être avant votre naissance ni après cette année.
error-end-before-start = L’année de fin est avant l’année de début.
error-years-out-of-range = Vérifiez le nombre d’années.
error-too-many = Il y en a trop. Retirez-en quelques-uns.
error-duplicate = Vous avez choisi cela deux fois.
error-choose-again = Choisissez à nouveau, s’il vous plaît.
error-case-number = Le numéro de dossier a 12 chiffres, par exemple 2019 123456 01.
error-phone = Écrivez le numéro de téléphone seulement avec des chiffres, par exemple +47 912 34 567.
error-consent = Vous devez répondre « oui » avant de pouvoir envoyer.
error-storage = Votre réponse n’a PAS été enregistrée sur cette tablette. Demandez de l’aide au personnel.

error-private-mode = Cette fenêtre du navigateur ne garde pas ce qui est écrit (navigation privée). Demandez au personnel d’ouvrir plutôt l’application Evne.
old-browser = Ce navigateur est trop ancien pour Evne. Utilisez Chrome sur une tablette Android, ou Safari sur un iPad avec iPadOS 16 ou plus récent, ou demandez au personnel.
error-app-load = L’inscription n’a pas encore pu être chargée. Elle réessaie toute seule. Si cela continue, demandez de l’aide au personnel.
error-no-key = Cette tablette ne peut pas encore envoyer d’inscriptions. Demandez au personnel de la connecter une fois au réseau.

# L’écran de la tablette, pour le personnel du centre d’accueil. Aucune donnée personnelle n’y est affichée.
tablet-open = État de la tablette (pour le personnel)
tablet-title = État de la tablette
tablet-back = Retour
tablet-storage-kept = Le navigateur conserve les données de l’application.
tablet-storage-not-kept = Le navigateur peut supprimer les données de l’application quand il manque de place. Installez l’application sur l’écran d’accueil pour que les données soient conservées.
tablet-storage-used = { $percent } % de l’espace de stockage est utilisé.
tablet-storage-full = L’espace de stockage est presque plein. Envoyez les inscriptions en attente et libérez de la place sur la tablette.
tablet-storage-unknown = Le navigateur n’indique pas combien d’espace de stockage est utilisé.
tablet-storage-lasted = Ce navigateur n’indique pas s’il conserve les données de l’application, mais il les conserve depuis le { $date }. Démarrages de l’application depuis cette date : { $starts }.
tablet-storage-first = Ce navigateur n’indique pas s’il conserve les données de l’application, et c’est le premier démarrage de l’application sur ce navigateur. Une fenêtre de navigation privée perdrait tout à sa fermeture : utilisez l’application installée.
tablet-queue-title = Inscriptions en attente d’envoi
tablet-queue-empty = Rien n’est en attente.
tablet-entry =
    En attente depuis { $minutes } min, { $attempts ->
        [one] { $attempts } tentative.
        [many] { $attempts } de tentatives.
       *[other] { $attempts } tentatives.
    }
tablet-entry-error-offline = Dernier essai : pas de réseau.
tablet-entry-error = Dernier essai : le serveur a répondu { $detail }.
tablet-entry-refused = Refusée par le serveur. Elle reste sur cette tablette. Contactez l’assistance.
tablet-entry-attention = À vérifier : elle attend depuis plus de 24 heures.
tablet-send-now = Envoyer maintenant
tablet-update-ready = Une nouvelle version de l’application est prête. Elle démarre avant la prochaine inscription.
tablet-update-now = Mettre à jour maintenant
tablet-draft-expires = Une inscription non terminée sur cette tablette sera supprimée dans { $minutes } min si personne ne la continue.
tablet-idle-hours = Supprimer les inscriptions non terminées après
tablet-hours = { $hours } heures
tablet-device = Identifiant de la tablette : { $id }
status-not-enrolled = Cette tablette n’est pas encore enregistrée, donc rien ne peut être envoyé. Demandez au personnel.
tablet-enrol-title = Enregistrer cette tablette
tablet-enrol-intro = Personnel du centre d’accueil : connectez-vous pour enregistrer cette tablette pour votre centre. Vos identifiants servent seulement à cela et ne sont pas gardés sur la tablette.
tablet-enrol-username = Nom d’utilisateur
tablet-enrol-password = Mot de passe
tablet-enrol-submit = Enregistrer la tablette
tablet-enrol-failed-login = Nom d’utilisateur ou mot de passe incorrect.
tablet-enrol-failed-locked = Trop de tentatives échouées. Attendez 15 minutes et réessayez.
tablet-enrol-failed-role = Cet utilisateur ne peut pas enregistrer de tablettes (seul le personnel d’un centre d’accueil le peut), ou doit d’abord changer son mot de passe.
tablet-enrol-failed-network = Impossible de joindre le serveur. Connectez la tablette au réseau et réessayez.
tablet-retry-refused = Réessayer les inscriptions refusées

## The draft lock (tablet status screen, and a notice on the language screen)
tablet-lock-title = Inscriptions non terminées sur cette tablette
tablet-lock-none = Les inscriptions non terminées ne sont pas encore protégées par le verrouillage de l’écran de la tablette : une copie des fichiers du navigateur pourrait les ouvrir.
tablet-lock-set = Protéger les inscriptions non terminées avec le verrouillage de l’écran de la tablette
tablet-lock-locked = Les inscriptions non terminées sont verrouillées depuis le démarrage de l’application. Déverrouillez-les avec le verrouillage de l’écran de la tablette pour continuer une inscription enregistrée.
tablet-unlock = Déverrouiller avec le verrouillage de l’écran de la tablette
tablet-lock-unlocked = Les inscriptions non terminées sont protégées par le verrouillage de l’écran de la tablette, et restent ouvertes jusqu’au redémarrage de l’application.
tablet-lock-failed = Le verrouillage de l’écran n’a pas répondu. Réessayez.
tablet-lock-server-offer = Ce navigateur ne peut pas protéger les inscriptions non terminées avec le verrouillage de l’écran de la tablette. Protégez-les plutôt avec une connexion du personnel : le serveur garde la clé et la donne seulement à cette tablette, avec une connexion de votre centre. Chaque déverrouillage demande donc le réseau.
tablet-lock-server-set = Protéger les inscriptions non terminées avec une connexion du personnel
tablet-lock-locked-server = Les inscriptions non terminées sont verrouillées depuis le démarrage de l’application. Le personnel de ce centre d’accueil les déverrouille avec ses identifiants. La tablette doit être connectée au réseau.
tablet-unlock-server = Déverrouiller avec une connexion du personnel
tablet-lock-unlocked-server = Les inscriptions non terminées sont protégées par une clé que le serveur donne seulement à cette tablette, avec une connexion du personnel. Elles restent ouvertes jusqu’au redémarrage de l’application.
tablet-lock-server-failed-role = Seul le personnel du centre d’accueil de cette tablette peut faire cela, avec son propre mot de passe (changez d’abord un mot de passe à usage unique).
tablet-lock-server-failed-device = Cette tablette n’est pas enregistrée, ou elle a été déconnectée : le serveur ne lui donne pas la clé.
tablet-lock-server-failed-key = La clé du serveur n’ouvre pas les inscriptions non terminées sur cette tablette. Contactez l’administrateur.
drafts-locked = Les inscriptions enregistrées sur cette tablette sont verrouillées. Un membre du personnel peut les déverrouiller sur l’écran « État de la tablette ». Vous pouvez commencer une nouvelle inscription.
