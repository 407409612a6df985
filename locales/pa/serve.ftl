# nln serve / nln agency: HTTP ਸੇਵਾ ਅਤੇ ਇਸ ਨੂੰ ਵਰਤਣ ਵਾਲੀਆਂ ਸੰਸਥਾਵਾਂ। ਮੁਲਾਂਕਣਕਾਰਾਂ ਅਤੇ IT ਲਈ ਲਿਖਤ।

cli-serve-about = ਦਾਖ਼ਲਾ ਪ੍ਰਣਾਲੀਆਂ ਲਈ HTTP/JSON ਸੇਵਾ ਚਲਾਓ
cli-serve-opt-listen = ਸੁਣਨ ਦਾ ਪਤਾ (IP:PORT)
cli-serve-opt-database = ਡਾਟਾਬੇਸ: sqlite:PATH (ਮੂਲ sqlite:nln.db) ਜਾਂ postgres://…
cli-serve-opt-rate-limit = ਹਰ ਕੁੰਜੀ ਲਈ ਪ੍ਰਤੀ ਸਕਿੰਟ ਮਨਜ਼ੂਰ ਬੇਨਤੀਆਂ (0 ਹੱਦ ਹਟਾ ਦਿੰਦਾ ਹੈ)
cli-serve-opt-sessions-per-hour = ਹਰ ਕੁੰਜੀ ਲਈ ਪ੍ਰਤੀ ਘੰਟਾ ਮਨਜ਼ੂਰ ਨਵੇਂ ਸੈਸ਼ਨ (0 ਹੱਦ ਹਟਾ ਦਿੰਦਾ ਹੈ)
cli-agency-about = ਸੇਵਾ ਵਰਤਣ ਵਾਲੀਆਂ ਸੰਸਥਾਵਾਂ ਦਾ ਪ੍ਰਬੰਧ ਕਰੋ
cli-agency-add-about = ਇੱਕ ਸੰਸਥਾ ਜੋੜੋ ਅਤੇ ਉਸ ਦੀ ਪਹਿਲੀ API ਕੁੰਜੀ ਛਾਪੋ
cli-agency-opt-name = ਸੰਸਥਾ ਦਾ ਨਾਮ
cli-agency-opt-retention = ਸਿੱਖਿਆਰਥੀਆਂ ਦਾ ਡਾਟਾ ਮਿਟਾਉਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿੰਨੇ ਦਿਨ ਰੱਖਣਾ ਹੈ

serve-listening = nln ਸੇਵਾ { $url } ਉੱਤੇ ਸੁਣ ਰਹੀ ਹੈ (ਡਾਟਾਬੇਸ: { $database })।
serve-openapi = API ਦਾ ਵੇਰਵਾ: { $url }
serve-key-hint = ਸੰਸਥਾ ਦੀ ਕੁੰਜੀ ਲੈਣ ਲਈ ਚਲਾਓ: { $command }
serve-error-start = ਸੇਵਾ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋ ਸਕੀ: { $reason }
serve-error-listen = “{ $address }” ਸੁਣਨ ਦਾ ਪਤਾ ਨਹੀਂ ਹੈ; IP:PORT ਵਰਤੋ, ਜਿਵੇਂ 127.0.0.1:8080।
serve-error-database = “{ $address }” ਡਾਟਾਬੇਸ ਦਾ ਪਤਾ ਨਹੀਂ ਹੈ; sqlite:PATH ਜਾਂ postgres://… ਵਰਤੋ
agency-added = ਸੰਸਥਾ “{ $name }” ਜੋੜੀ ਗਈ (id { $id })।
agency-key-once = ਇਸ ਦੀ API ਕੁੰਜੀ ਹੇਠਾਂ ਹੈ, ਸਿਰਫ਼ ਇਸ ਵਾਰ ਦਿਖਾਈ ਜਾ ਰਹੀ ਹੈ: ਇਸ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖੋ; ਸੇਵਾ ਸਿਰਫ਼ ਇਸ ਦਾ ਹੈਸ਼ ਰੱਖਦੀ ਹੈ।
agency-error = ਸੰਸਥਾ ਜੋੜੀ ਨਹੀਂ ਜਾ ਸਕੀ: { $reason }

serve-problem-unauthorized = ਸਾਈਨ ਇਨ ਨਹੀਂ
serve-problem-unauthorized-detail = “Authorization: Bearer …” ਵਜੋਂ ਇੱਕ ਜਾਇਜ਼ API ਕੁੰਜੀ ਜਾਂ ਸਿੱਖਿਆਰਥੀ ਟੋਕਨ ਭੇਜੋ।
serve-problem-forbidden = ਇਜਾਜ਼ਤ ਨਹੀਂ
serve-problem-forbidden-detail = ਇਹ ਕੁੰਜੀ ਜਾਂ ਟੋਕਨ ਇਹ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦਾ।
serve-problem-not-found = ਨਹੀਂ ਮਿਲਿਆ
serve-problem-not-found-detail = ਇੱਥੇ ਕੁਝ ਵੀ ਨਹੀਂ ਜੋ ਇਹ ਕੁੰਜੀ ਜਾਂ ਟੋਕਨ ਦੇਖ ਸਕੇ।
serve-problem-method-not-allowed = ਢੰਗ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ
serve-problem-method-not-allowed-detail = ਇਹ ਪਤਾ ਇਹ HTTP ਢੰਗ ਸਵੀਕਾਰ ਨਹੀਂ ਕਰਦਾ।
serve-problem-bad-request = ਗ਼ਲਤ ਬੇਨਤੀ
serve-problem-bad-request-detail = ਬੇਨਤੀ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ: { $reason }
serve-problem-unsupported-media = ਅਸਮਰਥਿਤ ਸਮੱਗਰੀ ਕਿਸਮ
serve-problem-unsupported-media-detail = ਬਾਡੀ application/json ਵਜੋਂ ਭੇਜੋ: { $reason }
serve-problem-too-large = ਬੇਨਤੀ ਬਹੁਤ ਵੱਡੀ ਹੈ
serve-problem-too-large-detail = ਬਾਡੀ { $limit } ਬਾਈਟ ਦੀ ਹੱਦ ਤੋਂ ਵੱਡੀ ਹੈ।
serve-problem-invalid-answer = ਜਵਾਬ ਸਵਾਲ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦਾ
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] ਜਵਾਬ ਅਜਿਹੀ ਚੋਣ ਦੱਸਦਾ ਹੈ ਜੋ ਇਸ ਸਵਾਲ ਵਿੱਚ ਨਹੀਂ ਹੈ।
    [score-out-of-range] ਅੰਕ ਇਸ ਸਵਾਲ ਦੀ ਹੱਦ ਤੋਂ ਵੱਧ ਹਨ।
    [incomplete-order] ਕ੍ਰਮ ਵਿੱਚ ਹਰ ਕਦਮ ਠੀਕ ਇੱਕ ਵਾਰ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
   *[wrong-kind] ਇਸ ਕਿਸਮ ਦਾ ਜਵਾਬ ਇਸ ਸਵਾਲ ਲਈ ਠੀਕ ਨਹੀਂ; ਇਸ ਦੇ answer_kinds ਦੇਖੋ।
}
serve-problem-wrong-sequence = ਗ਼ਲਤ ਕ੍ਰਮ ਨੰਬਰ
serve-problem-wrong-sequence-detail = ਸੈਸ਼ਨ ਜਵਾਬ ਨੰਬਰ { $expected } ਦੀ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ। ਸੈਸ਼ਨ ਮੁੜ ਪੜ੍ਹੋ ਅਤੇ ਦਿਖਾਏ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ।
serve-problem-not-pending = ਸਵਾਲ ਜਵਾਬ ਦੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ
serve-problem-not-pending-detail = ਇਹ ਉਹ ਸਵਾਲ ਨਹੀਂ ਜਿਸ ਦੀ ਸੈਸ਼ਨ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ। ਸੈਸ਼ਨ ਮੁੜ ਪੜ੍ਹੋ ਅਤੇ ਦਿਖਾਏ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ।
serve-problem-finished = ਸੈਸ਼ਨ ਖ਼ਤਮ
serve-problem-finished-detail = ਇਹ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋ ਗਿਆ ਹੈ ਅਤੇ ਹੋਰ ਜਵਾਬ ਨਹੀਂ ਲੈਂਦਾ।
serve-problem-not-finished = ਸੈਸ਼ਨ ਅਜੇ ਖ਼ਤਮ ਨਹੀਂ ਹੋਇਆ
serve-problem-not-finished-detail = ਨਤੀਜਾ ਸੈਸ਼ਨ ਖ਼ਤਮ ਹੋਣ ’ਤੇ ਤਿਆਰ ਹੁੰਦਾ ਹੈ; ਦਿੱਤੇ ਜਵਾਬਾਂ ਨਾਲ ਪੱਧਰ ਲਈ ਇਸ ਨੂੰ ਪਹਿਲਾਂ ਰੋਕੋ।
serve-problem-idempotency-key-required = Idempotency-Key ਲੋੜੀਂਦੀ ਹੈ
serve-problem-idempotency-key-required-detail = ਹਰ ਜਵਾਬ ਨਾਲ ਇੱਕ ਵਿਲੱਖਣ Idempotency-Key ਹੈਡਰ (ਵੱਧ ਤੋਂ ਵੱਧ 255 ਅੱਖਰ) ਭੇਜੋ, ਅਤੇ ਦੁਬਾਰਾ ਭੇਜਣ ਵੇਲੇ ਉਹੀ।
serve-problem-idempotency-key-reused = Idempotency-Key ਪਹਿਲਾਂ ਵਰਤੀ ਗਈ
serve-problem-idempotency-key-reused-detail = ਇਹ Idempotency-Key ਕਿਸੇ ਹੋਰ ਬੇਨਤੀ ਲਈ ਵਰਤੀ ਗਈ ਸੀ। ਨਵੇਂ ਜਵਾਬ ਲਈ ਨਵੀਂ ਕੁੰਜੀ ਵਰਤੋ।
serve-problem-rate-limited = ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ
serve-problem-rate-limited-detail = { $seconds ->
    [one] ਇਸ ਕੁੰਜੀ ਲਈ ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ। { $seconds } ਸਕਿੰਟ ਬਾਅਦ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
   *[other] ਇਸ ਕੁੰਜੀ ਲਈ ਬਹੁਤ ਜ਼ਿਆਦਾ ਬੇਨਤੀਆਂ। { $seconds } ਸਕਿੰਟਾਂ ਬਾਅਦ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
}
serve-problem-unknown-bank = ਅਣਜਾਣ ਸਵਾਲ ਬੈਂਕ
serve-problem-unknown-bank-detail = ਇਸ ਸੇਵਾ ਵਿੱਚ “{ $bank }” ਨਾਮ ਦਾ ਕੋਈ ਸਵਾਲ ਬੈਂਕ ਨਹੀਂ ਹੈ।
serve-problem-unknown-language = ਅਣਜਾਣ ਭਾਸ਼ਾ
serve-problem-unknown-language-detail = “{ $language }” ਇਸ ਸੇਵਾ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ।
serve-problem-invalid-join-code = ਅਣਜਾਣ ਸ਼ਾਮਲ ਹੋਣ ਦਾ ਕੋਡ
serve-problem-invalid-join-code-detail = ਇਹ ਕੋਡ ਜਾਇਜ਼ ਨਹੀਂ: ਸ਼ਾਇਦ ਗ਼ਲਤ ਲਿਖਿਆ ਗਿਆ, ਪਹਿਲਾਂ ਵਰਤਿਆ ਗਿਆ ਜਾਂ ਮਿਆਦ ਮੁੱਕ ਗਈ। ਨਵਾਂ ਕੋਡ ਮੰਗੋ।
serve-problem-unavailable = ਸੇਵਾ ਉਪਲਬਧ ਨਹੀਂ
serve-problem-unavailable-detail = ਸੇਵਾ ਇਸ ਵੇਲੇ ਆਪਣੇ ਡਾਟਾਬੇਸ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦੀ। ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਕੋਸ਼ਿਸ਼ ਕਰੋ; ਪੁਸ਼ਟੀ ਕੀਤਾ ਕੁਝ ਵੀ ਨਹੀਂ ਗੁਆਚਿਆ।
serve-problem-internal = ਅੰਦਰੂਨੀ ਗ਼ਲਤੀ
serve-problem-internal-detail = ਸਰਵਰ ਉੱਤੇ ਕੁਝ ਗ਼ਲਤ ਹੋ ਗਿਆ। ਪੁਸ਼ਟੀ ਕੀਤਾ ਕੁਝ ਵੀ ਨਹੀਂ ਗੁਆਚਿਆ; ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
