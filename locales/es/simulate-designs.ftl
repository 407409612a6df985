## Estudios de diseños (español, borrador automático). Para investigadores: sin audio.

cli-simulate-opt-config = Archivo de estudio (YAML o TOML): ajustes de la simulación y varios diseños comparados en un solo informe
cli-simulate-opt-thetas = Archivo de habilidades verdaderas: un theta por línea, o un CSV con una columna theta y una columna por área (perfiles verdaderos)
cli-simulate-opt-estimator = Estimador para elegir preguntas y detenerse: eap, map, mle o wle
cli-simulate-opt-final-estimator = Estimador del resultado informado: eap, map, mle o wle
cli-simulate-opt-se-target = Detenerse cuando el error típico sea como mucho este valor (0: sin parada por error típico)
cli-simulate-opt-min-items = Preguntas puntuadas antes de que la prueba pueda detenerse antes
cli-simulate-opt-randomesque = Elegir la siguiente pregunta entre este número de las más informativas (1: siempre la mejor)
cli-simulate-opt-no-balancing = No equilibrar las áreas de competencia
cli-simulate-opt-start-theta = Habilidad para la que se elige la primera pregunta
cli-simulate-opt-no-probes = Sin sondeos dirigidos de áreas antes de una parada anticipada
cli-simulate-opt-exposure = Control de exposición de ítems: none, limits (el límite de exposición de cada ítem) o sympson-hetter (Sympson–Hetter, como mucho 25 % por ítem)
simulate-design-command-line = línea de comandos
simulate-study-heading = Estudio de diseños: { $designs ->
    [one] un diseño
   *[other] { $designs } diseños
  }, { $n ->
    [one] un estudiante simulado
   *[other] { $n } estudiantes simulados
  } cada uno, semilla { $seed }, banco { $bank }
simulate-table-summary = Longitud, exactitud y exposición
simulate-table-stops = Por qué se detuvieron las pruebas (% de pruebas)
simulate-table-areas = Evidencia por área
simulate-table-levels = Por nivel verdadero: longitud media (a un nivel %, estudiantes)
simulate-level-cell = { $items } ({ $within } %, { $n })
simulate-col-design = Diseño
simulate-col-items = Longitud media
simulate-col-max = La más larga
simulate-col-exact = Exacto %
simulate-col-within = A ±1 %
simulate-col-bias = Sesgo
simulate-col-rmse = RECM
simulate-col-se = ET media
simulate-col-exposure = Exposición máx. %
simulate-col-overlap = Solapamiento %
simulate-col-at-max = Longitud máx. alcanzada %
simulate-col-per-area = Ítems por área
simulate-col-thin = Áreas con menos de 3 respuestas %
simulate-col-unmeasured = No medidas %
simulate-col-irregular = Irregular %
simulate-col-false-needs = Falso «necesita apoyo» %
simulate-col-area-coverage = Cobertura de bandas de área %
simulate-col-level = Nivel verdadero
simulate-file-error = { $file }:{ $line }:{ $column }: { $field }: { $message }
simulate-file-syntax = { $reason }
simulate-file-range = debe estar entre { $min } y { $max }
simulate-file-no-designs = el estudio no nombra ningún diseño
simulate-file-too-many-designs = más de { $max } diseños
simulate-file-empty-name = un diseño necesita un nombre
simulate-file-duplicate-name = dos diseños se llaman «{ $name }»
simulate-file-too-large = el archivo supera { $max } bytes
simulate-file-no-learners = el archivo no da ningún estudiante
simulate-file-not-a-number = «{ $value }» no es un número
simulate-file-unknown-column = la columna «{ $column }» no es theta ni un identificador de área
simulate-file-field-count = { $found } campos donde el encabezado tiene { $expected }
stop-theta-change = la estimación dejó de moverse
stop-se-reduction = más preguntas apenas añadirían precisión
cli-simulate-opt-selection = Selección de ítems: max-info (máxima información), kl (Kullback–Leibler), mei (información esperada), progressive o a-strat (estratificación por a)
cli-simulate-opt-theta-change = Detenerse cuando la estimación cambie menos que esto con una respuesta
cli-simulate-opt-se-reduction = Detenerse cuando la mejor pregunta restante reduciría el error típico menos que esto
