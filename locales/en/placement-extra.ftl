# Placement rules (guidance.yaml) errors (reviewed).
load-error-unknown-area = unknown area { $detail }
load-error-unknown-level = unknown level code { $detail }
load-error-unknown-access-field = no access question asks for { $detail }
simulate-area-evidence = Area evidence: not measured { $unmeasured } %; on fewer than three answers { $thin } %
