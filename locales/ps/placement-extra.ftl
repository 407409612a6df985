# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = نامعلومه برخه { $detail }
load-error-unknown-level = د کچې نامعلوم کوډ { $detail }
load-error-unknown-access-field = د لاسرسي هېڅ پوښتنه د { $detail } په اړه نه کوي
simulate-area-evidence = د برخو شواهد: نه دي اندازه شوي { $unmeasured } %؛ له دریو ځوابونو لږ { $thin } %
