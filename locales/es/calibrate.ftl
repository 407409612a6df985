## Calibración e investigación (español, borrador automático). Para investigadores: sin audio.

cli-calibrate-about = Estimar los parámetros de los ítems a partir de respuestas (MML-EM) y, si se pide, escribir una versión calibrada del banco
cli-research-opt-data = Archivo de respuestas: CSV largo (id,item,resp) o ancho (una columna por ítem, NA = no aplicado)
cli-research-opt-format = Formato del archivo: long o wide (por defecto: se detecta por el encabezado)
cli-calibrate-opt-model = Modelo de cada ítem: rasch, 1pl, 2pl, 3pl o grm
cli-calibrate-opt-items-model = Archivo CSV con líneas ítem,modelo que dan otro modelo a algunos ítems
cli-calibrate-opt-anchor = Banco cuyos ítems conservan sus parámetros (calibración con anclas fijas en su escala)
cli-calibrate-opt-out = Escribir el banco con los nuevos parámetros, como nueva versión calibrada, en esta carpeta
cli-calibrate-opt-version = Versión del banco escrito (por defecto: la siguiente versión menor)
cli-calibrate-opt-slope-prior = Distribución a priori log-normal de las pendientes con esta DE (p. ej. 0.5), para datos adaptativos dispersos
cli-calibrate-opt-no-se = No calcular errores estándar (más rápido en bancos grandes)
cli-score-about = Estimar habilidad, error estándar y nivel NLN de cada persona de un archivo de respuestas
cli-score-opt-csv = Mostrar CSV (id,theta,se,level,items)
cli-score-opt-eapsum = Mostrar la tabla EAP por puntuación total de una forma fija (todos respondieron los mismos ítems)
cli-export-about = Exportar las respuestas puntuadas de sesiones guardadas como CSV largo o ancho
cli-export-opt-sessions = Archivos de sesión guardados (JSON)
cli-export-opt-out = Escribir en este archivo en lugar de la salida estándar

calibrate-progress = Ciclos EM
calibrate-converged = Convergió en { $cycles ->
    [one] { $cycles } ciclo
   *[other] { $cycles } ciclos
} ({ $items } ítems, { $persons } personas).
calibrate-not-converged = No convergió tras { $cycles ->
    [one] { $cycles } ciclo
   *[other] { $cycles } ciclos
} ({ $items } ítems, { $persons } personas): use las estimaciones con cautela.
calibrate-fit = Log-verosimilitud { $loglik }, AIC { $aic }, BIC { $bic }, { $parameters } parámetros.
calibrate-latent = Distribución latente: media { $mean }, DE { $sd }.
calibrate-table-header = ítem, modelo, pendiente a (EE), ubicación b (EE), asíntota c (EE), respuestas; * = ancla
calibrate-se-method = Errores estándar: { $method }.
calibrate-written = Versión { $version } del banco escrita en { $path } ({ $items } ítems calibrados).
calibrate-unknown-model = modelo desconocido «{ $model }» (rasch, 1pl, 2pl, 3pl o grm)
calibrate-unknown-item = el ítem «{ $item }» no está en el archivo de respuestas
calibrate-out-unknown-items = No se puede escribir el banco: estos ítems no están en el banco { $bank }: { $items }
calibrate-out-invalid = El banco calibrado no se cargaría:
calibrate-error-spec-count = Los modelos no corresponden a los ítems del archivo de respuestas.
calibrate-error-no-data = El archivo no tiene respuestas.
calibrate-error-no-variation = Ítem { $item }: todas las respuestas tienen la misma puntuación; no hay nada que estimar.
calibrate-error-not-dichotomous = El ítem { $item } tiene la puntuación { $score }, pero el modelo solo puntúa 0 y 1 (use --model grm).
calibrate-error-empty-category = Ítem { $item }: nadie obtuvo { $score }; recodifique para que se use cada categoría.
calibrate-error-anchor-categories = El ítem ancla { $item } tiene { $categories } categorías, pero los datos tienen la puntuación { $score }.
calibrate-error-settings = Un ajuste de la calibración está fuera de rango.
calibrate-data-item-out-of-range = columna de ítem fuera de rango
calibrate-data-duplicate-item = el mismo ítem dos veces en una fila
calibrate-data-bad-weight = un peso de fila que no es un número positivo
calibrate-data-score-too-large = una puntuación demasiado grande

data-error-csv = CSV mal formado: { $reason }
data-error-empty = el archivo está vacío
data-error-missing-column = falta la columna «{ $column }»
data-error-duplicate-column = la columna «{ $column }» aparece dos veces
data-error-no-items = no hay columnas de ítems
data-error-bad-score = la puntuación «{ $value }» no es un número entero de 0 o más (NA o vacío = no aplicado)
data-error-empty-id = identificador vacío
data-error-duplicate-response = la persona «{ $person }» respondió dos veces el ítem «{ $item }»
data-error-duplicate-person = la persona «{ $person }» tiene dos filas
data-error-covariate-conflict = persona «{ $person }»: la covariable { $name } es a la vez «{ $first }» y «{ $second }»
data-error-unknown-item = El ítem «{ $item }» no está en el banco { $bank } o no tiene modelo TRI.

score-header = id, theta, EE, nivel NLN, ítems respondidos ({ $method }); * = MV en el límite de búsqueda
score-out-of-range = Persona { $person }, ítem { $item }: la puntuación { $score } supera la máxima del ítem, { $max }.
score-not-fixed-form = La tabla EAP por puntuación total requiere una forma fija: todos deben haber respondido los mismos ítems.
score-eapsum-header = puntuación total, theta EAP, DE, personas observadas, personas esperadas

export-error-session = { $path }: no es una sesión guardada ({ $reason })
