## Item and person fit, DIF, standard setting and plots (fr, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = Vérifier l'ajustement des paramètres d'une banque aux réponses : ajustement S-X² des items, moyennes des carrés infit/outfit, ajustement des personnes lz
cli-fit-opt-min-expected = Regrouper les groupes de score total jusqu'à ce que chaque effectif attendu soit au moins égal à cette valeur (mincell de mirt ; 0 ne regroupe rien)
cli-fit-opt-persons = Afficher l'ajustement lz de chaque personne au lieu du tableau des items
cli-fit-opt-csv = Afficher en CSV (items, ou personnes avec --persons)
fit-items-header = item, modèle, S-X², ddl, p, RMSEA, infit (z), outfit (z) ; * = p inférieur à 0,01 ou moyenne des carrés hors de 0,7–1,3
fit-persons-header = id, thêta EAP, lz, items répondus ; * = lz inférieur à { $cut }
fit-s-x2-used = S-X² a utilisé { $persons ->
    [one] { $persons } personne qui a
   *[other] { $persons } personnes qui ont
} répondu à tous les items ; { $skipped ->
    [one] { $skipped } ligne manquait un item et a été exclue.
   *[other] { $skipped } lignes manquaient un item et ont été exclues.
}
fit-s-x2-none = S-X² compare des groupes de score total et exige des personnes ayant répondu à tous les items (formulaire fixe) ; personne ne l'a fait, seuls infit, outfit et lz sont affichés.
fit-persons-flagged = { $flagged } sur { $persons ->
    [one] { $persons } personne a
   *[other] { $persons } personnes ont
} un lz inférieur à { $cut } (profils de réponse inattendus ; listez-les avec --persons).
fit-error-min-expected = --min-expected doit être un nombre de 0 à 1000, pas { $value }.

cli-dif-about = Détecter le fonctionnement différentiel des items entre groupes d'une covariable : Mantel–Haenszel (classes ETS A/B/C) et régression logistique ; signalements seulement, rien n'est supprimé
cli-dif-opt-group = Covariable de personne qui définit les groupes (p. ex. cov_lang ou cov_mode)
cli-dif-opt-focal = Groupe focal (par défaut : chaque groupe autre que la référence, une comparaison chacun)
cli-dif-opt-reference = Groupe de référence (par défaut : le plus grand groupe)
cli-dif-opt-csv = Afficher en CSV (une ligne par comparaison et par item)
dif-comparison = { $group } : référence « { $reference } », focal « { $focal } »
dif-matching-total = Les personnes sont appariées sur le score total ; les items signalés lors d'une première passe en sont exclus (purification).
dif-matching-theta = Tout le monde n'a pas répondu à tous les items : les personnes sont appariées sur leur habileté EAP (dix strates pour Mantel–Haenszel).
dif-purified = Exclus du score total d'appariement : { $items }
dif-header = item, réponses référence/focal, delta MH, p MH, classe ETS, p RL uniforme, p RL non uniforme, ΔR² RL ; * = signalé pour révision (classe B ou C, ou p RL inférieur à 0,01 avec ΔR² d'au moins 0,035)
dif-not-studied = non étudié (item gradué, ou aucune réponse dans l'un des groupes)
dif-flagged = { $flagged ->
    [one] { $flagged } item signalé pour révision (non supprimé).
   *[other] { $flagged } items signalés pour révision (non supprimés).
}
dif-error-unknown-group = Le fichier de réponses n'a pas de covariable { $group } (il a : { $known }). Les fichiers longs portent les covariables dans des colonnes cov_….
dif-error-unknown-value = La covariable { $group } n'a pas de groupe « { $value } » (elle a : { $known }).
dif-error-groups = La covariable { $group } doit avoir au moins deux groupes, avec des groupes de référence et focal différents.
cli-standard-setting-about = Standard setting par signet : afficher le livret d'items ordonnés, ou transformer les signets des panélistes en seuils proposés et en fichier de niveaux
cli-standard-setting-opt-bookmarks = CSV des signets, colonnes panellist,level,page : la dernière page du livret qu'un apprenant juste au seuil de ce niveau maîtrise
cli-standard-setting-opt-rp = Probabilité de réponse qui ordonne le livret (RP67 par convention)
cli-standard-setting-opt-out = Écrire ici le fichier de niveaux avec les seuils proposés (médiane des panélistes) et leur provenance
standard-setting-booklet-header = page, item, étape de score, position RP{ $rp } (θ), niveau actuel à ce θ
standard-setting-panel = { $panellists ->
    [one] { $panellists } panéliste
   *[other] { $panellists } panélistes
}, livret de { $pages } pages à RP { $rp }.
standard-setting-cuts-header = niveau, seuil actuel, seuil proposé (médiane), moyenne, écart-type, étendue entre panélistes
standard-setting-written = { $path } écrit avec { $cuts ->
    [one] { $cuts } seuil proposé
   *[other] { $cuts } seuils proposés
} (statut : panel).
standard-setting-error-rp = --rp doit être une probabilité entre 0 et 1, pas { $value }.
standard-setting-error-level = le niveau « { $level } » n'a pas de seuil
standard-setting-error-page = la page { $page } dépasse la dernière page du livret, { $pages }
standard-setting-error-empty = aucun signet dans le fichier.
standard-setting-error-missing = le panéliste « { $panellist } » n'a pas de signet pour le niveau { $level } ; chaque panéliste marque les mêmes niveaux.
standard-setting-error-decreasing = le panéliste « { $panellist } » a placé un niveau supérieur sur une page antérieure à celle d'un niveau inférieur.
standard-setting-error-order = Les seuils proposés, avec les seuils non révisés, ne croissent pas avec les niveaux ; rien n'a été écrit.
data-error-bad-page = la page « { $value } » n'est pas un nombre entier de 1 ou plus
data-error-duplicate-bookmark = le panéliste « { $panellist } » a marqué le niveau { $level } deux fois

cli-plot-about = Tracer des graphiques SVG d'une banque : information du test avec son erreur type et les seuils de niveau, et courbes caractéristiques et d'information de chaque item
cli-plot-opt-out = Dossier où écrire les fichiers SVG (créé au besoin)
cli-plot-opt-items = Seulement ces items (identifiants séparés par des virgules ; par défaut : tous les items avec un modèle)
plot-title-test = Information du test : banque { $bank } { $version } ({ $items } items)
plot-title-item = Item { $item } ({ $model })
plot-axis-theta = θ (habileté, logits)
plot-axis-information = Information
plot-axis-se = Erreur type
plot-axis-probability = Probabilité
plot-legend-score = score { $score }
plot-written = { $count ->
    [one] { $count } graphique écrit
   *[other] { $count } graphiques écrits
} dans { $path }.
