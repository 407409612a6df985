# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = área desconocida { $detail }
load-error-unknown-level = código de nivel desconocido { $detail }
load-error-unknown-access-field = ninguna pregunta de acceso pregunta por { $detail }
simulate-area-evidence = Evidencia por área: no medida { $unmeasured } %; con menos de tres respuestas { $thin } %
