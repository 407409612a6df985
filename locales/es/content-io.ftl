# Content limits, session files and answer input (es). Machine-drafted.
load-error-too-big = el archivo es demasiado grande o está demasiado anidado para leerlo ({ $detail })
load-error-implausible = parámetro IRT fuera de su rango plausible ({ $detail })
cli-assess-opt-force = Reemplazar el archivo de --save aunque no sea una sesión guardada
assess-how-to-answer = Responda con el número de su elección y pulse Intro. 0 = No sé. q = parar (sus respuestas se guardan).
assess-saving-to = Sus respuestas se guardan en { $file }
assess-resume-hint = Para continuar más tarde, ejecute: nln assess --resume { $file }
assess-interrupted = La prueba se interrumpió.
assess-type-number = Escriba un número del 1 al { $max }, o 0 si no sabe, y pulse Intro.
assess-type-order = Escriba los números del 1 al { $max } en el orden correcto, separados por espacios (por ejemplo: 2 1 3), o 0 si no sabe.
error-not-regular-file = { $path } no es un archivo normal (es un enlace, una carpeta, una tubería o un dispositivo), así que no se lee ni se reemplaza.
error-file-too-large = { $path } es demasiado grande para leerlo (límite en bytes: { $limit }).
error-too-many-files = { $path } contiene demasiados archivos para leerlo (límite: { $limit }).
error-not-a-session = { $path } ya existe y no es una sesión guardada de esta prueba. Elija otro archivo o añada --force para reemplazarlo.
error-session-in-use = { $path } está en uso por otra prueba que se está ejecutando ahora.
error-no-saved-session = No se encontró ninguna sesión guardada en { $path }.
