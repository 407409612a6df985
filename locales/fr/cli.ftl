## Interface en ligne de commande et rapports (français). Les variables sont remplies par le programme.

## Aide
cli-about = Situer les apprenants adultes sur les niveaux de littératie numérique NLN grâce à un court test adaptatif.
cli-heading-commands = Commandes
cli-heading-options = Options
cli-opt-help = Afficher cette aide
cli-opt-version = Afficher la version
cli-opt-lang = Langue des consignes et des messages (p. ex. en, fr, fr-CA); par défaut selon NLN_LANG ou LANG
cli-opt-bank = Contenu à utiliser : un dossier de banque (avec bank.yaml) ou un dossier de contenu (avec framework.yaml); par défaut : la banque intégrée
cli-opt-bank-name = Banque à utiliser dans un dossier de contenu
cli-opt-seed = Graine aléatoire : la même graine et les mêmes réponses donnent le même test
cli-opt-json = Afficher le résultat en JSON sur la sortie standard
cli-assess-about = Faire passer une évaluation dans le terminal, en répondant à chaque question par son numéro
cli-assess-opt-save = Enregistrer la séance dans ce fichier après chaque réponse (la reprendre avec --resume)
cli-assess-opt-resume = Reprendre une séance enregistrée avec --save
cli-assess-opt-no-access = Sauter les questions sur l'accès (appareils, connexion, courriel …)
cli-assess-opt-audio = Lire chaque consigne et chaque réponse avec un lecteur audio trouvé dans le PATH (r = réécouter)
cli-assess-opt-max-items = Nombre maximal de questions notées
cli-assess-opt-method = Estimateur du résultat : eap, map, mle ou wle
cli-validate-about = Vérifier un dossier de contenu (cadre, niveaux, banques et langues) et afficher toutes les erreurs trouvées
cli-validate-opt-dir = Dossier de contenu (comme assessments/) ou dossier de banque
cli-validate-opt-locales = Dossier des langues à vérifier avec le contenu (par défaut : un dossier locales à côté du dossier de contenu)
cli-simulate-about = Faire passer le test adaptatif à des apprenants simulés et rendre compte de la longueur, de la précision et de l'exactitude du classement
cli-simulate-opt-n = Nombre d'apprenants simulés
cli-simulate-opt-distribution = Distribution des habiletés : normal (moyenne 0, écart type 1) ou uniform (-3,5 à 3,5)
cli-simulate-opt-no-exposure = Ne pas appliquer les limites d'exposition des items

## Évaluation
assess-intro = Évaluation de la littératie numérique NLN — { $bank } (version { $version })
assess-provisional = Remarque : cette banque n'est pas encore étalonnée sur des réponses réelles; les résultats sont indicatifs.
assess-instructions = Répondez avec le numéro de votre choix, puis appuyez sur Entrée. 0 = Je ne sais pas. q = arrêter (vos réponses sont gardées si vous utilisez --save).
assess-access-heading = À propos de vous (non noté)
assess-question = Question { $number }
assess-audio-missing = Audio : aucun pour cette consigne
assess-choose = Votre réponse :
assess-order-hint = Tapez les numéros dans le bon ordre, séparés par des espaces (par exemple : 2 1 3).
assess-hotspot-hint = Choisissez l'endroit à l'écran :
assess-task-hint = Évaluatrice ou évaluateur : notez comment la tâche s'est passée.
assess-invalid = Cette réponse ne convient pas. Veuillez réessayer.
assess-saved = Séance enregistrée dans { $file }.
assess-resumed = Reprise d'une séance avec { $count ->
        [one] { $count } réponse
       *[other] { $count } réponses
    }.
assess-stopped = Arrêt avant la fin. { $count ->
        [one] { $count } réponse a été donnée
       *[other] { $count } réponses ont été données
    }.
assess-input-ended = L'entrée s'est terminée avant la fin du test.
answer-dont-know = Je ne sais pas

## Résultat
result-heading = Résultat
result-level = Niveau : { $name }
result-profile = Profil : { $profile }
result-band = Plage probable : NLN { $low } à NLN { $high } (confiance de { $confidence } %)
result-theta = Estimation de l'habileté : { $theta } (erreur type { $se }, { $method })
result-items = Questions notées : { $count }. Arrêt parce que : { $reason }
result-capped = Le niveau global a été maintenu à { $code } parce qu'un domaine essentiel est nettement plus bas (sinon il serait { $uncapped }).
result-irregular = Profil irrégulier : les domaines essentiels diffèrent de deux niveaux ou plus.
result-areas-heading = Domaines
result-area-line = { $code } { $name } : NLN { $level } ({ $low }–{ $high }), { $items ->
        [one] { $items } question
       *[other] { $items } questions
    } — { $standing }
result-area-not-measured = { $code } { $name } : non mesuré
result-area-few = (peu de questions : à lire avec prudence)
result-can-do-heading = Je peux …
result-next-heading = Prochaines étapes à apprendre
result-guidance-heading = Services
result-access-heading = Accès (déclaré par l'apprenant)
result-provisional = Provisoire : les seuils et les paramètres des items sont fixés par des experts jusqu'à l'étalonnage de la banque.
result-review = Consignes affichées en { $locale } ({ $status }).
standing-strength = point fort
standing-on_level = au niveau
standing-needs_support = a besoin de soutien
standing-not_measured = non mesuré
guidance-phone-services = Peut utiliser les services par téléphone et par message vocal
guidance-online-services = Prêt pour les cours et les services en ligne
guidance-independent = Autonome avec les services gouvernementaux en ligne et la recherche d'emploi
guidance-met = oui
guidance-not_met = pas encore
guidance-unknown = inconnu (accès non demandé)
stop-precision = le résultat est assez précis
stop-classified = le niveau est déterminé
stop-max-items = le nombre maximal de questions a été atteint
stop-bank-exhausted = il ne restait plus de questions
stop-none = pas terminé
method-eap = EAP
method-map = MAP
method-mle = MV
method-wle = WLE
review-reviewed = révisé
review-machine-drafted = traduction automatique, pas encore révisée
access-field-devices = Appareils
access-field-connection = Connexion
access-field-email_account = Compte de courriel
access-field-reads_first_language = Lit sa première langue
access-field-assistive_needs = Besoins de soutien
access-field-preferred_channel = Mode de service préféré

## Validation
validate-ok = { $path } : aucune erreur ({ $items ->
        [one] { $items } item
       *[other] { $items } items
    } dans la banque { $bank }, { $locales ->
        [one] { $locales } langue vérifiée
       *[other] { $locales } langues vérifiées
    }).
validate-errors = { $path } : { $count ->
        [one] { $count } erreur trouvée
       *[other] { $count } erreurs trouvées
    }.
validate-error-line = { $file }:{ $line }:{ $column } : { $field } : { $message }
validate-missing-message = { $locale } : le message `{ $id }` est manquant
validate-missing-audio = { $locale } : l'extrait audio `{ $id }` manque dans audio.yaml
validate-coverage = Items par niveau : { $coverage }
validate-no-banks = Aucune banque trouvée dans { $path } (attendu : banks/<nom>/bank.yaml).

load-error-syntax = ne peut pas être lu ou ne respecte pas le format : { $detail }
load-error-missing-field = champ obligatoire manquant
load-error-invalid-value = valeur non valide : { $detail }
load-error-duplicate-id = identifiant en double { $detail }
load-error-unknown-competence = compétence inconnue { $detail }
load-error-unknown-source = source de correspondance inconnue { $detail }
load-error-non-positive-a = la discrimination a doit être supérieure à 0 (reçu { $detail })
load-error-guessing-range = la pseudo-chance c doit être d'au moins 0 et inférieure à 1 (reçu { $detail })
load-error-unordered-thresholds = les seuils gradués doivent être strictement croissants (reçu { $detail })
load-error-threshold-count = les catégories de score et les seuils ne correspondent pas (catégories/seuils : { $detail })
load-error-key-not-option = la clé de réponse { $detail } ne fait pas partie des options ou des zones de l'item
load-error-model-type = ce modèle ne peut pas noter ce type d'item ({ $detail })
load-error-unordered-cuts = les seuils des niveaux doivent augmenter avec le niveau ({ $detail })
load-error-level-sequence = les niveaux doivent suivre 0, 1, 2 … sans trou (attendu/reçu : { $detail })
load-error-missing-file = fichier introuvable : { $detail }
load-error-competence-without-items = la compétence { $detail } n'a aucun item dans la banque
load-error-bad-message-id = identifiant de message Fluent non valide : { $detail }

## Simulation
simulate-progress = { $done } apprenants simulés sur { $total }
simulate-heading = Simulation : { $n ->
        [one] { $n } apprenant
       *[other] { $n } apprenants
    }, graine { $seed }, banque { $bank }
simulate-items = Nombre moyen de questions notées : { $mean } (maximum : { $max })
simulate-rmse = REQM de l'habileté : { $rmse }; biais : { $bias }; erreur type moyenne : { $se }
simulate-accuracy = Classés à leur vrai niveau : { $exact } %; à un niveau près : { $within } %
simulate-exposure = Taux d'exposition le plus élevé d'un item : { $rate } %
simulate-stops = Arrêts : { $reasons }
simulate-level-line = Vrai niveau { $code } : { $n } apprenants, exact { $exact } %, à un niveau près { $within } %, { $items } questions

## Erreurs
error-read = Impossible de lire { $path } : { $reason }
error-write = Impossible d'écrire { $path } : { $reason }
error-not-content = { $path } ne contient ni framework.yaml (dossier de contenu) ni bank.yaml (dossier de banque).
error-session-file = { $path } n'est pas une séance enregistrée : { $reason }
error-session = La séance ne peut pas continuer : { $reason }
error-content = Le contenu contient des erreurs :
error-locales = Les fichiers de langue contiennent des erreurs :
clip-status-pending = pas encore enregistré
clip-status-recorded = enregistré
clip-status-synthesized = voix de synthèse
