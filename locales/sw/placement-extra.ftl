# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = eneo lisilojulikana { $detail }
load-error-unknown-level = msimbo wa kiwango usiojulikana { $detail }
load-error-unknown-access-field = hakuna swali la ufikiaji linalouliza { $detail }
simulate-area-evidence = Ushahidi wa maeneo: hayajapimwa { $unmeasured } %; chini ya majibu matatu { $thin } %
