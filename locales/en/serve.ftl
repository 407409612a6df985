# nln serve / nln agency: the HTTP service and its agencies. Assessor and IT-facing text.

cli-serve-about = Run the HTTP/JSON service for intake systems
cli-serve-opt-listen = Address to listen on (IP:PORT)
cli-serve-opt-database = Database: sqlite:PATH (default sqlite:nln.db) or postgres://…
cli-serve-opt-rate-limit = Requests per second allowed per key (0 turns the limit off)
cli-serve-opt-sessions-per-hour = New sessions per hour allowed per key (0 turns the limit off)
cli-agency-about = Manage the agencies that use the service
cli-agency-add-about = Add an agency and print its first API key
cli-agency-opt-name = Name of the agency
cli-agency-opt-retention = Days learner data is kept before it is deleted

serve-listening = The nln service is listening on { $url } (database: { $database }).
serve-openapi = API description: { $url }
serve-key-hint = To get an agency key, run: { $command }
serve-error-start = The service could not start: { $reason }
serve-error-listen = “{ $address }” is not an address to listen on; use IP:PORT, for example 127.0.0.1:8080.
serve-error-database = “{ $address }” is not a database address; use sqlite:PATH or postgres://…
agency-added = Agency “{ $name }” added (id { $id }).
agency-key-once = Its API key follows, shown this once: store it safely; the service keeps only its hash.
agency-error = The agency could not be added: { $reason }

serve-problem-unauthorized = Not signed in
serve-problem-unauthorized-detail = Send a valid API key or learner token as “Authorization: Bearer …”.
serve-problem-forbidden = Not allowed
serve-problem-forbidden-detail = This key or token may not do this.
serve-problem-not-found = Not found
serve-problem-not-found-detail = There is nothing here that this key or token can see.
serve-problem-method-not-allowed = Method not allowed
serve-problem-method-not-allowed-detail = This address does not take this HTTP method.
serve-problem-bad-request = Bad request
serve-problem-bad-request-detail = The request could not be read: { $reason }
serve-problem-unsupported-media = Unsupported content type
serve-problem-unsupported-media-detail = Send the body as application/json: { $reason }
serve-problem-too-large = Request too large
serve-problem-too-large-detail = The body is larger than the limit of { $limit } bytes.
serve-problem-invalid-answer = Answer does not fit the item
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] The answer names an option this item does not have.
    [score-out-of-range] The score is higher than this item allows.
    [incomplete-order] An ordering must name every step exactly once.
   *[wrong-kind] This kind of answer does not fit this item; see its answer_kinds.
}
serve-problem-wrong-sequence = Wrong sequence number
serve-problem-wrong-sequence-detail = The session expects answer number { $expected }. Read the session again and answer the item it shows.
serve-problem-not-pending = Item not waiting for an answer
serve-problem-not-pending-detail = This item is not the one the session is waiting for. Read the session again and answer the item it shows.
serve-problem-finished = Session ended
serve-problem-finished-detail = This session has ended and takes no more answers.
serve-problem-not-finished = Session not ended yet
serve-problem-not-finished-detail = The result is ready when the session ends; stop it early to place with the answers given.
serve-problem-idempotency-key-required = Idempotency-Key needed
serve-problem-idempotency-key-required-detail = Send a unique Idempotency-Key header (at most 255 characters) with each answer, and the same one when you retry it.
serve-problem-idempotency-key-reused = Idempotency-Key already used
serve-problem-idempotency-key-reused-detail = This Idempotency-Key was used for a different request. Use a new key for a new answer.
serve-problem-rate-limited = Too many requests
serve-problem-rate-limited-detail = { $seconds ->
    [one] Too many requests for this key. Try again in { $seconds } second.
   *[other] Too many requests for this key. Try again in { $seconds } seconds.
}
serve-problem-unknown-bank = Unknown item bank
serve-problem-unknown-bank-detail = There is no item bank “{ $bank }” on this service.
serve-problem-unknown-language = Unknown language
serve-problem-unknown-language-detail = “{ $language }” is not one of the languages this service offers.
serve-problem-invalid-join-code = Unknown join code
serve-problem-invalid-join-code-detail = This join code is not valid: it may be mistyped, used already, or expired. Ask for a new one.
serve-problem-unavailable = Service unavailable
serve-problem-unavailable-detail = The service cannot reach its database just now. Try again shortly; nothing acknowledged was lost.
serve-problem-internal = Internal error
serve-problem-internal-detail = Something went wrong on the server. Nothing acknowledged was lost; try again.
