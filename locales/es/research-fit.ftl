## Item and person fit, DIF, standard setting and plots (es, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = Comprobar el ajuste de los parámetros de un banco a los datos: ajuste S-X² de ítems, medias cuadráticas infit/outfit, ajuste personal lz
cli-fit-opt-min-expected = Unir grupos de puntuación total hasta que cada frecuencia esperada sea al menos este valor (mincell de mirt; 0 no une nada)
cli-fit-opt-persons = Mostrar el ajuste lz de cada persona en lugar de la tabla de ítems
cli-fit-opt-csv = Mostrar CSV (ítems, o personas con --persons)
fit-items-header = ítem, modelo, S-X², gl, p, RMSEA, infit (z), outfit (z); * = p menor que 0,01 o media cuadrática fuera de 0,7–1,3
fit-persons-header = id, theta EAP, lz, ítems respondidos; * = lz menor que { $cut }
fit-s-x2-used = S-X² usó { $persons ->
    [one] { $persons } persona que respondió
   *[other] { $persons } personas que respondieron
} todos los ítems; { $skipped ->
    [one] { $skipped } fila omitió un ítem y quedó fuera.
   *[other] { $skipped } filas omitieron un ítem y quedaron fuera.
}
fit-s-x2-none = S-X² compara grupos de puntuación total y necesita personas que respondieran todos los ítems (formulario fijo); nadie lo hizo, así que solo se muestran infit, outfit y lz.
fit-persons-flagged = { $flagged } de { $persons ->
    [one] { $persons } persona tiene
   *[other] { $persons } personas tienen
} lz menor que { $cut } (patrones de respuesta inesperados; véalos con --persons).
fit-error-min-expected = --min-expected debe ser un número de 0 a 1000, no { $value }.

cli-dif-about = Detectar el funcionamiento diferencial de los ítems entre grupos de una covariable: Mantel–Haenszel (clases ETS A/B/C) y regresión logística; solo señala, no elimina nada
cli-dif-opt-group = Covariable de persona que define los grupos (p. ej., cov_lang o cov_mode)
cli-dif-opt-focal = Grupo focal (por defecto: cada grupo distinto de la referencia, una comparación cada uno)
cli-dif-opt-reference = Grupo de referencia (por defecto: el grupo más grande)
cli-dif-opt-csv = Mostrar CSV (una línea por comparación e ítem)
dif-comparison = { $group }: referencia «{ $reference }», focal «{ $focal }»
dif-matching-total = Las personas se emparejan por la puntuación total; los ítems señalados en una primera pasada quedan fuera de ella (depuración).
dif-matching-theta = No todos respondieron todos los ítems: las personas se emparejan por su habilidad EAP (diez estratos para Mantel–Haenszel).
dif-purified = Fuera de la puntuación total de emparejamiento: { $items }
dif-header = ítem, respuestas referencia/focal, delta MH, p MH, clase ETS, p RL uniforme, p RL no uniforme, ΔR² RL; * = señalado para revisión (clase B o C, o p RL menor que 0,01 con ΔR² de al menos 0,035)
dif-not-studied = no estudiado (ítem graduado o sin respuestas en uno de los grupos)
dif-flagged = { $flagged ->
    [one] { $flagged } ítem señalado para revisión (no eliminado).
   *[other] { $flagged } ítems señalados para revisión (no eliminados).
}
dif-error-unknown-group = El archivo de respuestas no tiene la covariable { $group } (tiene: { $known }). Los archivos largos llevan las covariables en columnas cov_….
dif-error-unknown-value = La covariable { $group } no tiene el grupo «{ $value }» (tiene: { $known }).
dif-error-groups = La covariable { $group } necesita al menos dos grupos, con grupos de referencia y focal distintos.
cli-standard-setting-about = Fijación de estándares por marcador: mostrar el cuadernillo de ítems ordenados, o convertir los marcadores de los panelistas en puntos de corte propuestos y un archivo de niveles
cli-standard-setting-opt-bookmarks = CSV de marcadores, columnas panellist,level,page: la última página del cuadernillo que domina un aprendiz justo en el corte de ese nivel
cli-standard-setting-opt-rp = Probabilidad de respuesta que ordena el cuadernillo (RP67 por convención)
cli-standard-setting-opt-out = Escribir aquí el archivo de niveles con los cortes propuestos (mediana de los panelistas) y su procedencia
standard-setting-booklet-header = página, ítem, paso de puntuación, ubicación RP{ $rp } (θ), nivel actual en ese θ
standard-setting-panel = { $panellists ->
    [one] { $panellists } panelista
   *[other] { $panellists } panelistas
}, cuadernillo de { $pages } páginas con RP { $rp }.
standard-setting-cuts-header = nivel, corte actual, corte propuesto (mediana), media, DE, rango entre panelistas
standard-setting-written = Se escribió { $path } con { $cuts ->
    [one] { $cuts } corte propuesto
   *[other] { $cuts } cortes propuestos
} (estado: panel).
standard-setting-error-rp = --rp debe ser una probabilidad entre 0 y 1, no { $value }.
standard-setting-error-level = el nivel «{ $level }» no tiene punto de corte
standard-setting-error-page = la página { $page } supera la última página del cuadernillo, { $pages }
standard-setting-error-empty = no hay marcadores en el archivo.
standard-setting-error-missing = el panelista «{ $panellist }» no tiene marcador para el nivel { $level }; cada panelista marca los mismos niveles.
standard-setting-error-decreasing = el panelista «{ $panellist }» marcó un nivel superior en una página anterior a la de un nivel inferior.
standard-setting-error-order = Los cortes propuestos, junto con los no revisados, no crecen con los niveles; no se escribió nada.
data-error-bad-page = la página «{ $value }» no es un número entero de 1 o más
data-error-duplicate-bookmark = el panelista «{ $panellist }» marcó el nivel { $level } dos veces

cli-plot-about = Dibujar gráficos SVG de un banco: información del test con su error típico y los cortes de nivel, y las curvas características y de información de cada ítem
cli-plot-opt-out = Carpeta donde escribir los archivos SVG (se crea si falta)
cli-plot-opt-items = Solo estos ítems (identificadores separados por comas; por defecto: todos los ítems con modelo)
plot-title-test = Información del test: banco { $bank } { $version } ({ $items } ítems)
plot-title-item = Ítem { $item } ({ $model })
plot-axis-theta = θ (habilidad, logits)
plot-axis-information = Información
plot-axis-se = Error típico
plot-axis-probability = Probabilidad
plot-legend-score = puntuación { $score }
plot-written = { $count ->
    [one] Se escribió { $count } gráfico
   *[other] Se escribieron { $count } gráficos
} en { $path }.
