## Interfaz de línea de comandos e informes (español). El programa completa los marcadores.

## Texto de ayuda
cli-about = Ubicar a estudiantes adultos en los Niveles de Alfabetización Digital NLN con una prueba adaptativa corta.
cli-heading-commands = Comandos
cli-heading-options = Opciones
cli-opt-help = Mostrar esta ayuda
cli-opt-version = Mostrar la versión
cli-opt-lang = Idioma de las instrucciones y los mensajes (por ejemplo: en, fr, fr-CA); por defecto, según NLN_LANG o LANG
cli-opt-bank = Contenido que se usará: una carpeta de banco (con bank.yaml) o una carpeta de contenido (con framework.yaml); por defecto: el banco incluido
cli-opt-bank-name = Banco de la carpeta de contenido que se usará
cli-opt-seed = Semilla aleatoria: la misma semilla y las mismas respuestas dan la misma prueba
cli-opt-json = Mostrar el resultado en JSON en la salida estándar
cli-assess-about = Aplicar una evaluación en la terminal; cada pregunta se responde con su número
cli-assess-opt-save = Guardar la sesión en este archivo después de cada respuesta (para continuarla con --resume)
cli-assess-opt-resume = Continuar una sesión guardada con --save
cli-assess-opt-no-access = Omitir las preguntas sobre el acceso (dispositivos, conexión, correo electrónico …)
cli-assess-opt-audio = Reproducir cada instrucción y respuesta con un reproductor de audio del PATH (r = escuchar de nuevo)
cli-assess-opt-max-items = Número máximo de preguntas calificadas
cli-assess-opt-method = Estimador del resultado: eap, map, mle o wle
cli-validate-about = Revisar una carpeta de contenido (marco, niveles, bancos e idiomas) y mostrar todos los errores encontrados
cli-validate-opt-dir = Carpeta de contenido (como assessments/) o carpeta de banco
cli-validate-opt-locales = Carpeta de idiomas que se revisará junto con el contenido (por defecto: una carpeta locales al lado de la carpeta de contenido)
cli-simulate-about = Hacer pasar a estudiantes simulados por la prueba adaptativa e informar la duración, la precisión y el acierto de la ubicación
cli-simulate-opt-n = Número de estudiantes simulados
cli-simulate-opt-distribution = Distribución de la habilidad: normal (media 0, DE 1) o uniform (de -3.5 a 3.5)
cli-simulate-opt-no-exposure = No aplicar los límites de exposición de los ítems

## Evaluación
assess-intro = Evaluación de alfabetización digital NLN — { $bank } (versión { $version })
assess-provisional = Nota: este banco todavía no está calibrado con respuestas reales; los resultados son aproximados.
assess-instructions = Escriba el número de su respuesta y presione Enter (la tecla de entrada). 0 = No sé. q = terminar (sus respuestas se guardan si usa --save).
assess-access-heading = Sobre usted (no se califica)
assess-question = Pregunta { $number }
assess-audio-missing = Audio: no hay audio para esta instrucción
assess-choose = Su respuesta:
assess-order-hint = Escriba los números en el orden correcto, separados por espacios (por ejemplo: 2 1 3).
assess-hotspot-hint = Elija el lugar en la pantalla:
assess-task-hint = Evaluador o evaluadora: anote cómo salió la tarea.
assess-invalid = Esa respuesta no es válida. Por favor, intente de nuevo.
assess-saved = Sesión guardada en { $file }.
assess-resumed = Se continuó una sesión con { $count ->
        [one] { $count } respuesta
       *[other] { $count } respuestas
    }.
assess-stopped = Se detuvo antes del final. { $count ->
        [one] Se dio { $count } respuesta
       *[other] Se dieron { $count } respuestas
    }.
assess-input-ended = La entrada terminó antes de que se completara la prueba.
answer-dont-know = No sé

## Resultado
result-heading = Resultado
result-level = Nivel: { $name }
result-profile = Perfil: { $profile }
result-band = Rango probable: de NLN { $low } a NLN { $high } ({ $confidence } % de confianza)
result-theta = Estimación de la habilidad: { $theta } (error estándar { $se }, { $method })
result-items = Preguntas calificadas: { $count }. Se detuvo porque: { $reason }
result-capped = El nivel general se mantuvo en { $code } porque un área principal está claramente más baja (si no, sería { $uncapped }).
result-irregular = Perfil irregular: las áreas principales difieren en dos niveles o más.
result-areas-heading = Áreas
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high }), { $items ->
        [one] { $items } pregunta
       *[other] { $items } preguntas
    } — { $standing }
result-area-not-measured = { $code } { $name }: no medida
result-area-few = (pocas preguntas: interpretar con cuidado)
result-can-do-heading = Yo puedo …
result-next-heading = Próximos pasos para aprender
result-guidance-heading = Servicios
result-access-heading = Acceso (según la persona)
result-provisional = Provisional: los puntos de corte y los parámetros de los ítems los fijan expertos hasta que el banco esté calibrado.
result-review = Instrucciones mostradas en { $locale } ({ $status }).
standing-strength = fortaleza
standing-on_level = en el nivel
standing-needs_support = necesita apoyo
standing-not_measured = no medida
guidance-phone-services = Puede usar servicios por teléfono y por mensaje de voz
guidance-online-services = Está listo para clases y servicios en línea
guidance-independent = Es autónomo con los servicios del gobierno en línea y la búsqueda de empleo
guidance-met = sí
guidance-not_met = todavía no
guidance-unknown = desconocido (no se preguntó sobre el acceso)
stop-precision = el resultado es bastante preciso
stop-classified = el nivel está decidido
stop-max-items = se hizo el número máximo de preguntas
stop-bank-exhausted = no quedaban preguntas
stop-none = no terminó
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = revisado
review-machine-drafted = traducción automática, todavía sin revisar
access-field-devices = Dispositivos
access-field-connection = Conexión
access-field-email_account = Cuenta de correo electrónico
access-field-reads_first_language = Lee su primera lengua
access-field-assistive_needs = Necesidades de apoyo
access-field-preferred_channel = Forma de servicio preferida

## Validación
validate-ok = { $path }: sin errores ({ $items ->
        [one] { $items } ítem
       *[other] { $items } ítems
    } en el banco { $bank }, { $locales ->
        [one] { $locales } idioma revisado
       *[other] { $locales } idiomas revisados
    }).
validate-errors = { $path }: { $count ->
        [one] se encontró { $count } error
       *[other] se encontraron { $count } errores
    }.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: falta el mensaje `{ $id }`
validate-missing-audio = { $locale }: falta el audio `{ $id }` en audio.yaml
validate-coverage = Ítems por nivel: { $coverage }
validate-no-banks = No se encontró ningún banco en { $path } (se esperaba banks/<nombre>/bank.yaml).

load-error-syntax = no se puede leer o no sigue el formato: { $detail }
load-error-missing-field = falta un campo obligatorio
load-error-invalid-value = el valor no es válido: { $detail }
load-error-duplicate-id = identificador repetido { $detail }
load-error-unknown-competence = competencia desconocida { $detail }
load-error-unknown-source = fuente de correspondencia desconocida { $detail }
load-error-non-positive-a = la discriminación a debe ser mayor que 0 (se recibió { $detail })
load-error-guessing-range = el azar c debe ser de al menos 0 y menor que 1 (se recibió { $detail })
load-error-unordered-thresholds = los umbrales graduados deben ser estrictamente crecientes (se recibió { $detail })
load-error-threshold-count = las categorías de puntaje y los umbrales no coinciden (categorías/umbrales: { $detail })
load-error-key-not-option = la clave de respuesta { $detail } no es una de las opciones ni de las zonas del ítem
load-error-model-type = este modelo no puede calificar este tipo de ítem ({ $detail })
load-error-unordered-cuts = los puntos de corte deben subir con el nivel ({ $detail })
load-error-level-sequence = los niveles deben seguir 0, 1, 2 … sin saltos (esperado/recibido: { $detail })
load-error-missing-file = no se encontró el archivo: { $detail }
load-error-competence-without-items = la competencia { $detail } no tiene ningún ítem en el banco
load-error-bad-message-id = no es un identificador de mensaje Fluent válido: { $detail }

## Simulación
simulate-progress = { $done } de { $total } estudiantes simulados
simulate-heading = Simulación: { $n ->
        [one] { $n } estudiante
       *[other] { $n } estudiantes
    }, semilla { $seed }, banco { $bank }
simulate-items = Promedio de preguntas calificadas: { $mean } (máximo: { $max })
simulate-rmse = RECM de la habilidad: { $rmse }; sesgo: { $bias }; error estándar promedio: { $se }
simulate-accuracy = Ubicados en su nivel real: { $exact } %; con un nivel de diferencia como máximo: { $within } %
simulate-exposure = Tasa de exposición más alta de un ítem: { $rate } %
simulate-stops = Motivos de detención: { $reasons }
simulate-level-line = Nivel real { $code }: { $n } estudiantes, exacto { $exact } %, con un nivel de diferencia como máximo { $within } %, { $items } preguntas

## Errores
error-read = No se puede leer { $path }: { $reason }
error-write = No se puede escribir { $path }: { $reason }
error-not-content = { $path } no contiene framework.yaml (carpeta de contenido) ni bank.yaml (carpeta de banco).
error-session-file = { $path } no es una sesión guardada: { $reason }
error-session = La sesión no puede continuar: { $reason }
error-content = El contenido tiene errores:
error-locales = Los archivos de idioma tienen errores:
clip-status-pending = todavía no grabado
clip-status-recorded = grabado
clip-status-synthesized = voz sintética
