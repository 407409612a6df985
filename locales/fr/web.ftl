# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = Français
web-choose-language = Choisissez votre langue
web-change-language = Choisir une autre langue
web-join-heading = Votre code de test
web-join-help = Votre évaluateur vous donne un code. Tapez-le ici.
web-join-label = Code de test
web-join-button = Commencer
web-join-invalid = Ce code ne fonctionne pas. Vérifiez-le ou demandez un nouveau code à votre évaluateur.
web-familiar-heading = Avant de commencer
web-familiar-not-scored = Cet exercice ne compte pas.
web-familiar-play = Touchez le bouton du son pour entendre les mots.
web-familiar-tap = Pour répondre, touchez votre réponse. Essayez maintenant : touchez l'étoile.
web-familiar-star = Étoile
web-familiar-done = Bravo !
web-familiar-dont-know = Si vous ne connaissez pas une réponse, touchez « Je ne sais pas ». Ce n'est pas grave.
web-begin = Commencer le test
web-read-aloud = Lire à voix haute automatiquement
web-play = Écouter
web-stop = Arrêter le son
web-order-hint = Touchez les étapes dans le bon ordre. Touchez « Recommencer » pour changer.
web-order-done = Terminé
web-order-again = Recommencer
web-hotspot-hint = Touchez le bon endroit sur l'image.
web-hotspot-list = Ou choisissez l'endroit dans cette liste :
web-about-you = À propos de vous. Cela ne compte pas.
web-wait-assessor = Maintenant, votre évaluateur vous regarde faire une tâche. Veuillez patienter.
web-saving = Enregistrement de votre réponse…
web-offline = La connexion est perdue. Votre réponse est gardée. Nous essayons encore.
web-error = Un problème est survenu. Veuillez demander à votre évaluateur.
web-end-heading = Merci. Vous avez terminé.
web-end-next = Vos réponses sont enregistrées. Votre évaluateur vous parlera de la suite. Vous pouvez fermer cette page.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = Test de compétences numériques
web-question-number = Question { $number }

## Assessor view

web-assessor-title = Vue de l'évaluateur
web-assessor-forget-key = Oublier la clé
web-assessor-key-heading = Connectez-vous avec la clé de votre organisme
web-assessor-key-label = Clé d'API de l'organisme
web-assessor-key-hint = Gardée seulement dans cet onglet du navigateur, jusqu'à sa fermeture.
web-assessor-key-use = Utiliser cette clé
web-assessor-key-wrong = Cette clé ne fonctionne pas. Saisissez-la de nouveau.
web-assessor-start-heading = Commencer une séance
web-assessor-learner-ref = Référence de l'apprenant
web-assessor-learner-ref-hint = Le code de votre organisme pour l'apprenant : lettres, chiffres, points, tirets. Jamais un nom.
web-assessor-language = Langue de l'apprenant
web-assessor-assisted = Je suis assis avec l'apprenant et je note les tâches observées
web-assessor-start = Commencer la séance
web-assessor-session-heading = Séance en cours
web-assessor-answered = Réponses jusqu'ici
web-assessor-code = Code d'accès pour l'appareil de l'apprenant :
web-assessor-code-help = L'apprenant ouvre cette adresse sur son appareil, ou scanne le code QR, et tape le code. Si la page est fermée, le même code rouvre le test à la même question.
web-assessor-qr = Code QR du lien pour rejoindre : scannez-le avec l'appareil photo du téléphone
web-assessor-new-code = Nouveau code d'accès
web-assessor-stop = Terminer la séance maintenant
web-assessor-task = Tâche observée : notez comment elle s'est passée
web-assessor-result = Résultat
web-assessor-print = Imprimer le résultat
web-assessor-print-learner = Imprimer la page de l'apprenant
web-assessor-new = Commencer une autre séance

## Printed result

web-report-heading = Résultat en littératie numérique
web-report-profile = Profil par domaine
web-report-can-do = Sait faire
web-report-next = Prochaines étapes
web-report-based-on = Sur quoi repose ce résultat
web-report-items = Questions répondues
web-report-range = Fourchette de niveaux probable
web-report-precision = Erreur type (logits)
web-report-calibration = Étalonnage
web-report-language = Langue du test
web-report-session = Séance
web-report-time = Date (UTC)
web-report-not-measured = non mesuré
web-home-heading = Mes compétences numériques
web-home-can = Je sais
web-home-next = Ensuite, j'apprendrai
