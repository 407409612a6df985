# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = ዘይፍለጥ ዓውዲ { $detail }
load-error-unknown-level = ዘይፍለጥ ኮድ ደረጃ { $detail }
load-error-unknown-access-field = ብዛዕባ { $detail } ዝሓትት ሕቶ ተበጻሕነት የለን
simulate-area-evidence = መርትዖ ዓውድታት: ዘይተዓቀነ { $unmeasured } %; ካብ ሰለስተ መልስታት ዝወሓደ { $thin } %
