# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = qayb aan la aqoon { $detail }
load-error-unknown-level = koodh heer aan la aqoon { $detail }
load-error-unknown-access-field = su'aal helitaan ah oo weydiisa { $detail } ma jirto
simulate-area-evidence = Caddaynta qaybaha: lama cabbirin { $unmeasured } %; ka yar saddex jawaabood { $thin } %
