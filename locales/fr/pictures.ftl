# Images : vérifications de `nln validate` pour assessments/images/ et planches contact (auteurs et évaluateurs).
cli-validate-opt-contact-sheets = Écrire aussi une planche contact par domaine (SVG : chaque image avec les identifiants de ses items et ses zones) dans ce dossier
picture-error-line = { $file }:{ $line } : { $message }
picture-warning-line = { $file }:{ $line } : avertissement : { $message }
picture-contact-sheets-written = { $count ->
    [one] { $count } planche contact écrite dans { $path }.
   *[other] { $count } planches contact écrites dans { $path }.
}
picture-missing = l'item { $item } affiche l'image { $picture }, qui n'est pas dans images/
picture-unused = l'image { $picture } n'est affichée par aucun item
picture-bad-name = le nom d'une image est fait de mots en minuscules reliés par des traits d'union, finit par .svg et se trouve dans screens/, icons/ ou photos/
picture-unreadable = l'image n'est pas un SVG lisible : { $reason }
picture-bad-canvas = le canevas de l'image est { $found } ; les images de ce dossier utilisent { $expected }
picture-no-title = l'image n'a pas de <title> comme premier élément (les lecteurs d'écran en ont besoin)
picture-forbidden = l'image contient { $what }, ce qui est interdit (scripts, liens vers d'autres fichiers, images matricielles, filtres, animations)
picture-too-large = l'image fait { $size } o ; restez sous { $limit } o
picture-duplicate-id = l'identifiant « { $id } » est utilisé deux fois dans l'image
picture-region-outside = la zone { $region } de l'item { $item } dépasse de son image ({ $canvas })
picture-regions-overlap = les zones { $first } et { $second } de l'item { $item } se chevauchent : un toucher voudrait dire les deux
picture-control-missing = l'image { $picture } n'a pas d'élément d'identifiant « { $region } » pour la zone { $region } de l'item { $item }
picture-control-outside = l'élément « { $region } » de l'image { $picture } n'est pas dessiné dans la zone { $region } de l'item { $item }
