# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = hindi kilalang larangan { $detail }
load-error-unknown-level = hindi kilalang code ng antas { $detail }
load-error-unknown-access-field = walang tanong sa access na nagtatanong ng { $detail }
simulate-area-evidence = Ebidensya sa larangan: hindi nasukat { $unmeasured } %; wala pang tatlong sagot { $thin } %
