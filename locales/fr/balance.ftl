## Équilibre des clés (français, brouillon automatique). Printed by `nln validate`; never a failure.

balance-kind-choice = questions à choix
balance-kind-hotspot = questions à zone (liste des zones)
balance-key-position = Avertissement : { $kind } : la bonne réponse est en position { $position } pour { $observed }/{ $items } (équilibré : environ { $expected }).
balance-true-false = Avertissement : questions vrai/faux : la bonne réponse est « vrai » pour { $true }/{ $items } (équilibré : environ la moitié).
balance-order-as-shown = Avertissement : question d'ordre { $item } : la bonne réponse est l'ordre d'affichage des étapes; les laisser telles quelles donne des points.
