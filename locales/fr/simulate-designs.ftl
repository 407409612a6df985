## Études de plans (français, brouillon automatique). Pour les chercheurs : pas d'audio.

cli-simulate-opt-config = Fichier d'étude (YAML ou TOML) : réglages de la simulation et plusieurs plans comparés dans un seul rapport
cli-simulate-opt-thetas = Fichier des capacités vraies : un thêta par ligne, ou un CSV avec une colonne theta et une colonne par domaine (profils vrais)
cli-simulate-opt-estimator = Estimateur pour choisir les questions et arrêter : eap, map, mle ou wle
cli-simulate-opt-final-estimator = Estimateur du résultat rapporté : eap, map, mle ou wle
cli-simulate-opt-se-target = Arrêter dès que l'erreur type est au plus cette valeur (0 : pas d'arrêt sur l'erreur type)
cli-simulate-opt-min-items = Questions notées avant un arrêt anticipé possible
cli-simulate-opt-randomesque = Tirer la question suivante parmi ce nombre des plus informatives (1 : toujours la meilleure)
cli-simulate-opt-no-balancing = Ne pas équilibrer les domaines de compétence
cli-simulate-opt-start-theta = Capacité pour laquelle la première question est choisie
cli-simulate-opt-no-probes = Pas de sondage ciblé des domaines avant un arrêt anticipé
cli-simulate-opt-exposure = Contrôle de l'exposition des items : none, limits (la limite d'exposition de chaque item) ou sympson-hetter (Sympson–Hetter, au plus 25 % par item)
simulate-design-command-line = ligne de commande
simulate-study-heading = Étude de plans : { $designs ->
    [one] un plan
   *[other] { $designs } plans
  }, { $n ->
    [one] un apprenant simulé
   *[other] { $n } apprenants simulés
  } chacun, graine { $seed }, banque { $bank }
simulate-table-summary = Longueur, exactitude et exposition
simulate-table-stops = Pourquoi les tests se sont arrêtés (% des tests)
simulate-table-areas = Preuves par domaine
simulate-table-levels = Par niveau vrai : longueur moyenne (à un niveau près %, apprenants)
simulate-level-cell = { $items } ({ $within } %, { $n })
simulate-col-design = Plan
simulate-col-items = Longueur moyenne
simulate-col-max = La plus longue
simulate-col-exact = Exact %
simulate-col-within = À ±1 %
simulate-col-bias = Biais
simulate-col-rmse = REQM
simulate-col-se = ET moyenne
simulate-col-exposure = Exposition max %
simulate-col-overlap = Recouvrement %
simulate-col-at-max = Longueur max atteinte %
simulate-col-per-area = Items par domaine
simulate-col-thin = Domaines sous 3 réponses %
simulate-col-unmeasured = Non mesurés %
simulate-col-irregular = Irrégulier %
simulate-col-false-needs = Faux « besoin de soutien » %
simulate-col-area-coverage = Couverture des intervalles de domaine %
simulate-col-level = Niveau vrai
simulate-file-error = { $file }:{ $line }:{ $column } : { $field } : { $message }
simulate-file-syntax = { $reason }
simulate-file-range = doit être entre { $min } et { $max }
simulate-file-no-designs = l'étude ne nomme aucun plan
simulate-file-too-many-designs = plus de { $max } plans
simulate-file-empty-name = un plan doit avoir un nom
simulate-file-duplicate-name = deux plans s'appellent « { $name } »
simulate-file-too-large = le fichier dépasse { $max } octets
simulate-file-no-learners = le fichier ne donne aucun apprenant
simulate-file-not-a-number = « { $value } » n'est pas un nombre
simulate-file-unknown-column = la colonne « { $column } » n'est ni theta ni un identifiant de domaine
simulate-file-field-count = { $found } champs alors que l'en-tête en a { $expected }
stop-theta-change = l'estimation ne bouge plus
stop-se-reduction = d'autres questions n'apporteraient presque plus de précision
cli-simulate-opt-selection = Sélection des items : max-info (information maximale), kl (Kullback–Leibler), mei (information attendue), progressive ou a-strat (stratification sur a)
cli-simulate-opt-theta-change = Arrêter dès que l'estimation bouge de moins que cette valeur après une réponse
cli-simulate-opt-se-reduction = Arrêter dès que la meilleure question restante réduirait l'erreur type de moins que cette valeur
