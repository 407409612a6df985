# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = невідома сфера { $detail }
load-error-unknown-level = невідомий код рівня { $detail }
load-error-unknown-access-field = жодне питання про доступ не запитує { $detail }
simulate-area-evidence = Дані за сферами: не виміряно { $unmeasured } %; менше ніж три відповіді { $thin } %
