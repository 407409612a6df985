## Control de exposición (español, borrador automático). For researchers: no audio.

cli-simulate-opt-calibrate-exposure = Parámetros de Sympson–Hetter para el banco: simular hasta que ningún ítem se dé a más de RATE de los estudiantes (p. ej. 0.3) e imprimir la exposure_acceptance de cada ítem en JSON, para los archivos de ítems del banco
