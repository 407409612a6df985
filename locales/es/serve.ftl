# nln serve / nln agency: el servicio HTTP y sus organizaciones. Texto para evaluadores e informática.

cli-serve-about = Ejecutar el servicio HTTP/JSON para los sistemas de admisión
cli-serve-opt-listen = Dirección de escucha (IP:PUERTO)
cli-serve-opt-database = Base de datos: sqlite:RUTA (por defecto sqlite:nln.db) o postgres://…
cli-serve-opt-rate-limit = Solicitudes por segundo permitidas por clave (0 desactiva el límite)
cli-serve-opt-sessions-per-hour = Sesiones nuevas por hora permitidas por clave (0 desactiva el límite)
cli-agency-about = Gestionar las organizaciones que usan el servicio
cli-agency-add-about = Añadir una organización y mostrar su primera clave de API
cli-agency-opt-name = Nombre de la organización
cli-agency-opt-retention = Días que se guardan los datos de los estudiantes antes de borrarlos

serve-listening = El servicio nln escucha en { $url } (base de datos: { $database }).
serve-openapi = Descripción de la API: { $url }
serve-key-hint = Para obtener una clave de organización, ejecute: { $command }
serve-error-start = El servicio no pudo iniciarse: { $reason }
serve-error-listen = «{ $address }» no es una dirección de escucha; use IP:PUERTO, por ejemplo 127.0.0.1:8080.
serve-error-database = «{ $address }» no es una dirección de base de datos; use sqlite:RUTA o postgres://…
agency-added = Organización «{ $name }» añadida (id { $id }).
agency-key-once = Su clave de API sigue, mostrada solo esta vez: guárdela en un lugar seguro; el servicio solo conserva su hash.
agency-error = No se pudo añadir la organización: { $reason }

serve-problem-unauthorized = Sin identificar
serve-problem-unauthorized-detail = Envíe una clave de API o un token de estudiante válido como «Authorization: Bearer …».
serve-problem-forbidden = No permitido
serve-problem-forbidden-detail = Esta clave o token no puede hacer esto.
serve-problem-not-found = No encontrado
serve-problem-not-found-detail = Aquí no hay nada que esta clave o token pueda ver.
serve-problem-method-not-allowed = Método no permitido
serve-problem-method-not-allowed-detail = Esta dirección no acepta este método HTTP.
serve-problem-bad-request = Solicitud incorrecta
serve-problem-bad-request-detail = No se pudo leer la solicitud: { $reason }
serve-problem-unsupported-media = Tipo de contenido no admitido
serve-problem-unsupported-media-detail = Envíe el cuerpo como application/json: { $reason }
serve-problem-too-large = Solicitud demasiado grande
serve-problem-too-large-detail = El cuerpo supera el límite de { $limit } bytes.
serve-problem-invalid-answer = La respuesta no corresponde a la pregunta
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] La respuesta nombra una opción que esta pregunta no tiene.
    [score-out-of-range] La puntuación supera el máximo de esta pregunta.
    [incomplete-order] Un orden debe nombrar cada paso exactamente una vez.
   *[wrong-kind] Este tipo de respuesta no corresponde a esta pregunta; vea sus answer_kinds.
}
serve-problem-wrong-sequence = Número de secuencia incorrecto
serve-problem-wrong-sequence-detail = La sesión espera la respuesta número { $expected }. Vuelva a leer la sesión y responda la pregunta que muestra.
serve-problem-not-pending = Pregunta no pendiente
serve-problem-not-pending-detail = Esta pregunta no es la que la sesión espera. Vuelva a leer la sesión y responda la pregunta que muestra.
serve-problem-finished = Sesión terminada
serve-problem-finished-detail = Esta sesión ha terminado y no acepta más respuestas.
serve-problem-not-finished = La sesión aún no ha terminado
serve-problem-not-finished-detail = El resultado está listo cuando la sesión termina; deténgala antes para ubicar con las respuestas dadas.
serve-problem-idempotency-key-required = Se necesita Idempotency-Key
serve-problem-idempotency-key-required-detail = Envíe un encabezado Idempotency-Key único (máximo 255 caracteres) con cada respuesta, y el mismo al reintentarla.
serve-problem-idempotency-key-reused = Idempotency-Key ya usada
serve-problem-idempotency-key-reused-detail = Esta Idempotency-Key se usó para otra solicitud. Use una clave nueva para una respuesta nueva.
serve-problem-rate-limited = Demasiadas solicitudes
serve-problem-rate-limited-detail = { $seconds ->
    [one] Demasiadas solicitudes para esta clave. Inténtelo de nuevo en { $seconds } segundo.
   *[other] Demasiadas solicitudes para esta clave. Inténtelo de nuevo en { $seconds } segundos.
}
serve-problem-unknown-bank = Banco de preguntas desconocido
serve-problem-unknown-bank-detail = Este servicio no tiene un banco de preguntas «{ $bank }».
serve-problem-unknown-language = Idioma desconocido
serve-problem-unknown-language-detail = «{ $language }» no es uno de los idiomas que ofrece este servicio.
serve-problem-invalid-join-code = Código de acceso desconocido
serve-problem-invalid-join-code-detail = Este código de acceso no es válido: puede estar mal escrito, ya usado o vencido. Pida uno nuevo.
serve-problem-unavailable = Servicio no disponible
serve-problem-unavailable-detail = El servicio no puede conectar con su base de datos en este momento. Inténtelo pronto; no se perdió nada confirmado.
serve-problem-internal = Error interno
serve-problem-internal-detail = Algo salió mal en el servidor. No se perdió nada confirmado; inténtelo de nuevo.
