## Calibration et recherche (français, brouillon automatique). Pour les chercheurs : pas d'audio.

cli-calibrate-about = Estimer les paramètres des items à partir de réponses (MML-EM) et, au besoin, écrire une version calibrée de la banque
cli-research-opt-data = Fichier de réponses : CSV long (id,item,resp) ou large (une colonne par item, NA = non administré)
cli-research-opt-format = Disposition du fichier : long ou wide (par défaut : détectée d'après l'en-tête)
cli-calibrate-opt-model = Modèle de chaque item : rasch, 1pl, 2pl, 3pl ou grm
cli-calibrate-opt-items-model = Fichier CSV de lignes item,modèle qui donnent un autre modèle à certains items
cli-calibrate-opt-anchor = Banque dont les items gardent leurs paramètres (calibration à ancres fixes sur son échelle)
cli-calibrate-opt-out = Écrire la banque avec les nouveaux paramètres, comme nouvelle version calibrée, dans ce dossier
cli-calibrate-opt-version = Version de la banque écrite (par défaut : la version mineure suivante)
cli-calibrate-opt-slope-prior = Loi a priori log-normale sur les pentes avec cet écart-type (p. ex. 0.5), pour des données adaptatives clairsemées
cli-calibrate-opt-no-se = Ne pas calculer les erreurs types (plus rapide pour les grandes banques)
cli-score-about = Estimer l'habileté, l'erreur type et le niveau NLN de chaque personne d'un fichier de réponses
cli-score-opt-csv = Afficher en CSV (id,theta,se,level,items)
cli-score-opt-eapsum = Afficher la table EAP par score total d'un formulaire fixe (tous ont répondu aux mêmes items)
cli-export-about = Exporter les réponses notées de sessions enregistrées en CSV long ou large
cli-export-opt-sessions = Fichiers de session enregistrés (JSON)
cli-export-opt-out = Écrire dans ce fichier au lieu de la sortie standard

calibrate-progress = Cycles EM
calibrate-converged = Convergence en { $cycles ->
    [one] { $cycles } cycle
   *[other] { $cycles } cycles
} ({ $items } items, { $persons } personnes).
calibrate-not-converged = Pas de convergence après { $cycles ->
    [one] { $cycles } cycle
   *[other] { $cycles } cycles
} ({ $items } items, { $persons } personnes) : utilisez les estimations avec prudence.
calibrate-fit = Log-vraisemblance { $loglik }, AIC { $aic }, BIC { $bic }, { $parameters } paramètres.
calibrate-latent = Distribution latente : moyenne { $mean }, écart-type { $sd }.
calibrate-table-header = item, modèle, pente a (ET), position b (ET), asymptote c (ET), réponses; * = ancre
calibrate-se-method = Erreurs types : { $method }.
calibrate-written = Version { $version } de la banque écrite dans { $path } ({ $items } items calibrés).
calibrate-unknown-model = modèle inconnu « { $model } » (rasch, 1pl, 2pl, 3pl ou grm)
calibrate-unknown-item = l'item « { $item } » n'est pas dans le fichier de réponses
calibrate-out-unknown-items = Aucune banque ne peut être écrite : ces items ne sont pas dans la banque { $bank } : { $items }
calibrate-out-invalid = La banque calibrée ne se chargerait pas :
calibrate-error-spec-count = Les modèles ne correspondent pas aux items du fichier de réponses.
calibrate-error-no-data = Le fichier ne contient aucune réponse.
calibrate-error-no-variation = Item { $item } : toutes les réponses ont le même score, rien à estimer.
calibrate-error-not-dichotomous = L'item { $item } a le score { $score }, mais le modèle ne note que 0 et 1 (utilisez --model grm).
calibrate-error-empty-category = Item { $item } : personne n'a obtenu { $score }; recodez les scores pour que chaque catégorie serve.
calibrate-error-anchor-categories = L'item d'ancrage { $item } a { $categories } catégories, mais les données ont le score { $score }.
calibrate-error-settings = Un réglage de calibration est hors limites.
calibrate-data-item-out-of-range = colonne d'item hors limites
calibrate-data-duplicate-item = le même item deux fois sur une ligne
calibrate-data-bad-weight = un poids de ligne qui n'est pas un nombre positif
calibrate-data-score-too-large = un score trop grand

data-error-csv = CSV mal formé : { $reason }
data-error-empty = le fichier est vide
data-error-missing-column = colonne « { $column } » manquante
data-error-duplicate-column = la colonne « { $column } » apparaît deux fois
data-error-no-items = aucune colonne d'item
data-error-bad-score = le score « { $value } » n'est pas un nombre entier de 0 ou plus (NA ou vide = non administré)
data-error-empty-id = identifiant vide
data-error-duplicate-response = la personne « { $person } » a répondu deux fois à l'item « { $item } »
data-error-duplicate-person = la personne « { $person } » a deux lignes
data-error-covariate-conflict = personne « { $person } » : la covariable { $name } vaut à la fois « { $first } » et « { $second } »
data-error-unknown-item = L'item « { $item } » n'est pas dans la banque { $bank } ou n'a pas de modèle IRT.

score-header = id, thêta, ET, niveau NLN, items répondus ({ $method }); * = MV à la borne de recherche
score-out-of-range = Personne { $person }, item { $item } : le score { $score } dépasse le score maximal de l'item, { $max }.
score-not-fixed-form = La table EAP par score total exige un formulaire fixe : tous doivent avoir répondu aux mêmes items.
score-eapsum-header = score total, thêta EAP, ET, personnes observées, personnes attendues

export-error-session = { $path } : ce n'est pas une session enregistrée ({ $reason })
