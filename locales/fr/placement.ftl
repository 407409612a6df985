# Placement judgements, result flags and simulation options (machine-drafted).
standing-not_enough_evidence = pas assez d'éléments
profile-regular = Profil régulier : aucun écart crédible de deux niveaux entre les domaines de base.
profile-irregular = Profil irrégulier : deux domaines de base diffèrent de façon crédible de deux niveaux ou plus.
profile-not_enough_evidence = Forme du profil inconnue : moins de deux domaines de base ont été mesurés.
guidance-not_enough_evidence = pas assez d'éléments
flag-not_a_placement = Pas un classement : trop peu de questions ont reçu une réponse pour classer cet apprenant.
flag-unfinished = Le test n'est pas terminé : ce résultat est provisoire.
flag-bounded_estimate = Toutes les réponses étaient justes (ou toutes fausses) : le vrai niveau peut être plus haut (ou plus bas) qu'affiché.
flag-few_items_in_areas = Certains domaines reposent sur très peu de questions : lire leurs niveaux avec prudence.
flag-provisional_calibration = Provisoire : les seuils et les paramètres des items sont fixés par des experts jusqu'à l'étalonnage de la banque.
flag-machine_drafted_prompts = Les questions ont été affichées dans une traduction automatique qu'aucun réviseur n'a encore vérifiée.
cli-simulate-opt-profile = Profil réel des apprenants simulés : flat (domaines égaux) ou gap (un domaine de base plus bas), ou spread (domaines dispersés autour du niveau général selon area_spread des règles)
cli-simulate-opt-gap = Taille de l'écart du profil gap, en unités thêta (1,0 = deux niveaux)
cli-simulate-opt-responder = Qui répond : model (suit les items), blind-guess, first-option, always-three ou pattern
cli-simulate-opt-stopping = Règle d'arrêt : se (erreur type), sprt (niveau décidé) ou both
simulate-areas = Domaines : { $per_area } questions chacun en moyenne ; profil irrégulier { $irregular } % ; besoin de soutien sur un domaine égal { $needs } % ; pas assez d'éléments { $undecided } %
simulate-coverage = Couverture des intervalles : domaines { $area } %, global { $overall } % (nominal { $nominal } %)
simulate-gap = Domaine réellement plus faible jugé « a besoin de soutien » : { $rate } %
simulate-responders = Classés F ou 1 : { $rate } % ; pas un classement : { $short } %
