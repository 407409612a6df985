# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = Español
web-choose-language = Elija su idioma
web-change-language = Elegir otro idioma
web-join-heading = Su código de prueba
web-join-help = Su evaluador le da un código. Escríbalo aquí.
web-join-label = Código de prueba
web-join-button = Empezar
web-join-invalid = Este código no funciona. Revíselo o pida un código nuevo a su evaluador.
web-familiar-heading = Antes de empezar
web-familiar-not-scored = Esta práctica no cuenta.
web-familiar-play = Toque el botón de sonido para escuchar las palabras.
web-familiar-tap = Para responder, toque su respuesta. Pruebe ahora: toque la estrella.
web-familiar-star = Estrella
web-familiar-done = ¡Muy bien!
web-familiar-dont-know = Si no sabe una respuesta, toque «No lo sé». No pasa nada.
web-begin = Empezar la prueba
web-read-aloud = Leer en voz alta automáticamente
web-play = Escuchar
web-stop = Detener el sonido
web-order-hint = Toque los pasos en el orden correcto. Toque «Empezar de nuevo» para cambiar.
web-order-done = Listo
web-order-again = Empezar de nuevo
web-hotspot-hint = Toque el lugar correcto en la imagen.
web-hotspot-list = O elija el lugar en esta lista:
web-about-you = Sobre usted. Esto no cuenta.
web-wait-assessor = Ahora su evaluador le mira hacer una tarea. Espere, por favor.
web-saving = Guardando su respuesta…
web-offline = Se perdió la conexión. Su respuesta está guardada. Lo intentamos de nuevo.
web-error = Algo salió mal. Pregunte a su evaluador, por favor.
web-end-heading = Gracias. Ha terminado.
web-end-next = Sus respuestas están guardadas. Su evaluador hablará con usted sobre los próximos pasos. Puede cerrar esta página.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = Prueba de competencias digitales
web-question-number = Pregunta { $number }

## Assessor view

web-assessor-title = Vista del evaluador
web-assessor-forget-key = Olvidar la clave
web-assessor-key-heading = Entre con la clave de su organización
web-assessor-key-label = Clave de API de la organización
web-assessor-key-hint = Se guarda solo en esta pestaña del navegador hasta que la cierre.
web-assessor-key-use = Usar esta clave
web-assessor-key-wrong = Esta clave no funciona. Escríbala de nuevo.
web-assessor-start-heading = Empezar una sesión
web-assessor-learner-ref = Referencia del alumno
web-assessor-learner-ref-hint = El código de su organización para el alumno: letras, números, puntos, guiones. Nunca un nombre.
web-assessor-language = Idioma del alumno
web-assessor-assisted = Estoy con el alumno y registro las tareas observadas
web-assessor-start = Empezar la sesión
web-assessor-session-heading = Sesión en curso
web-assessor-answered = Respuestas hasta ahora
web-assessor-code = Código de acceso para el dispositivo del alumno:
web-assessor-code-help = El alumno abre esta dirección en su dispositivo, o escanea el código QR, y escribe el código. Si la página se cierra, el mismo código vuelve a abrir la prueba en la misma pregunta.
web-assessor-qr = Código QR del enlace para unirse: escanéelo con la cámara del teléfono
web-assessor-new-code = Nuevo código de acceso
web-assessor-stop = Terminar la sesión ahora
web-assessor-task = Tarea observada: registre cómo fue
web-assessor-result = Resultado
web-assessor-print = Imprimir el resultado
web-assessor-print-learner = Imprimir la página del alumno
web-assessor-new = Empezar otra sesión

## Printed result

web-report-heading = Resultado de alfabetización digital
web-report-profile = Perfil por área
web-report-can-do = Puede hacer
web-report-next = Próximos pasos
web-report-based-on = En qué se basa este resultado
web-report-items = Preguntas respondidas
web-report-range = Rango probable de niveles
web-report-precision = Error estándar (logits)
web-report-calibration = Calibración
web-report-language = Idioma de la prueba
web-report-session = Sesión
web-report-time = Fecha (UTC)
web-report-not-measured = no medido
web-home-heading = Mis competencias digitales
web-home-can = Sé
web-home-next = Después aprenderé
