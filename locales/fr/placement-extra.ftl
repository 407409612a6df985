# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = domaine inconnu { $detail }
load-error-unknown-level = code de niveau inconnu { $detail }
load-error-unknown-access-field = aucune question d’accès ne demande { $detail }
simulate-area-evidence = Preuves par domaine : non mesuré { $unmeasured } % ; sur moins de trois réponses { $thin } %
