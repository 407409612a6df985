# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = ਪੰਜਾਬੀ
web-choose-language = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
web-change-language = ਕੋਈ ਹੋਰ ਭਾਸ਼ਾ ਚੁਣੋ
web-join-heading = ਤੁਹਾਡਾ ਟੈਸਟ ਕੋਡ
web-join-help = ਤੁਹਾਡਾ ਮੁਲਾਂਕਣਕਾਰ ਤੁਹਾਨੂੰ ਇੱਕ ਕੋਡ ਦਿੰਦਾ ਹੈ। ਇਸਨੂੰ ਇੱਥੇ ਲਿਖੋ।
web-join-label = ਟੈਸਟ ਕੋਡ
web-join-button = ਸ਼ੁਰੂ ਕਰੋ
web-join-invalid = ਇਹ ਕੋਡ ਕੰਮ ਨਹੀਂ ਕਰਦਾ। ਇਸਨੂੰ ਜਾਂਚੋ, ਜਾਂ ਆਪਣੇ ਮੁਲਾਂਕਣਕਾਰ ਤੋਂ ਨਵਾਂ ਕੋਡ ਮੰਗੋ।
web-familiar-heading = ਸ਼ੁਰੂ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ
web-familiar-not-scored = ਇਹ ਅਭਿਆਸ ਗਿਣਿਆ ਨਹੀਂ ਜਾਂਦਾ।
web-familiar-play = ਸ਼ਬਦ ਸੁਣਨ ਲਈ ਆਵਾਜ਼ ਵਾਲਾ ਬਟਨ ਛੂਹੋ।
web-familiar-tap = ਜਵਾਬ ਦੇਣ ਲਈ ਆਪਣਾ ਜਵਾਬ ਛੂਹੋ। ਹੁਣ ਕੋਸ਼ਿਸ਼ ਕਰੋ: ਤਾਰੇ ਨੂੰ ਛੂਹੋ।
web-familiar-star = ਤਾਰਾ
web-familiar-done = ਸ਼ਾਬਾਸ਼!
web-familiar-dont-know = ਜੇ ਤੁਹਾਨੂੰ ਜਵਾਬ ਨਹੀਂ ਪਤਾ, ਤਾਂ “ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ” ਛੂਹੋ। ਇਹ ਠੀਕ ਹੈ।
web-begin = ਟੈਸਟ ਸ਼ੁਰੂ ਕਰੋ
web-read-aloud = ਆਪਣੇ ਆਪ ਉੱਚੀ ਪੜ੍ਹੋ
web-play = ਸੁਣੋ
web-stop = ਆਵਾਜ਼ ਬੰਦ ਕਰੋ
web-order-hint = ਕਦਮਾਂ ਨੂੰ ਸਹੀ ਕ੍ਰਮ ਵਿੱਚ ਛੂਹੋ। ਬਦਲਣ ਲਈ “ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ” ਛੂਹੋ।
web-order-done = ਹੋ ਗਿਆ
web-order-again = ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ
web-hotspot-hint = ਤਸਵੀਰ 'ਤੇ ਸਹੀ ਥਾਂ ਛੂਹੋ।
web-hotspot-list = ਜਾਂ ਇਸ ਸੂਚੀ ਵਿੱਚੋਂ ਥਾਂ ਚੁਣੋ:
web-about-you = ਤੁਹਾਡੇ ਬਾਰੇ। ਇਹ ਗਿਣਿਆ ਨਹੀਂ ਜਾਂਦਾ।
web-wait-assessor = ਹੁਣ ਤੁਹਾਡਾ ਮੁਲਾਂਕਣਕਾਰ ਤੁਹਾਨੂੰ ਇੱਕ ਕੰਮ ਕਰਦੇ ਦੇਖਦਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਉਡੀਕ ਕਰੋ।
web-saving = ਤੁਹਾਡਾ ਜਵਾਬ ਸੰਭਾਲਿਆ ਜਾ ਰਿਹਾ ਹੈ…
web-offline = ਕਨੈਕਸ਼ਨ ਟੁੱਟ ਗਿਆ ਹੈ। ਤੁਹਾਡਾ ਜਵਾਬ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ। ਅਸੀਂ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰ ਰਹੇ ਹਾਂ।
web-error = ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਮੁਲਾਂਕਣਕਾਰ ਨੂੰ ਪੁੱਛੋ।
web-end-heading = ਧੰਨਵਾਦ। ਤੁਸੀਂ ਪੂਰਾ ਕਰ ਲਿਆ ਹੈ।
web-end-next = ਤੁਹਾਡੇ ਜਵਾਬ ਸੰਭਾਲੇ ਗਏ ਹਨ। ਤੁਹਾਡਾ ਮੁਲਾਂਕਣਕਾਰ ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ ਇਸ ਬਾਰੇ ਤੁਹਾਡੇ ਨਾਲ ਗੱਲ ਕਰੇਗਾ। ਤੁਸੀਂ ਇਹ ਪੰਨਾ ਬੰਦ ਕਰ ਸਕਦੇ ਹੋ।

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = ਡਿਜੀਟਲ ਹੁਨਰ ਜਾਂਚ
web-question-number = ਸਵਾਲ { $number }

## Assessor view

web-assessor-title = ਮੁਲਾਂਕਣਕਾਰ ਦਾ ਪੰਨਾ
web-assessor-forget-key = ਕੁੰਜੀ ਭੁੱਲ ਜਾਓ
web-assessor-key-heading = ਆਪਣੀ ਏਜੰਸੀ ਦੀ ਕੁੰਜੀ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ
web-assessor-key-label = ਏਜੰਸੀ ਦੀ API ਕੁੰਜੀ
web-assessor-key-hint = ਸਿਰਫ਼ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਟੈਬ ਵਿੱਚ ਰੱਖੀ ਜਾਂਦੀ ਹੈ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸਨੂੰ ਬੰਦ ਨਹੀਂ ਕਰਦੇ।
web-assessor-key-use = ਇਹ ਕੁੰਜੀ ਵਰਤੋ
web-assessor-key-wrong = ਇਹ ਕੁੰਜੀ ਕੰਮ ਨਹੀਂ ਕਰਦੀ। ਦੁਬਾਰਾ ਦਾਖਲ ਕਰੋ।
web-assessor-start-heading = ਸੈਸ਼ਨ ਸ਼ੁਰੂ ਕਰੋ
web-assessor-learner-ref = ਸਿਖਿਆਰਥੀ ਦਾ ਹਵਾਲਾ
web-assessor-learner-ref-hint = ਸਿਖਿਆਰਥੀ ਲਈ ਤੁਹਾਡੀ ਏਜੰਸੀ ਦਾ ਕੋਡ: ਅੱਖਰ, ਅੰਕ, ਬਿੰਦੂ, ਡੈਸ਼। ਕਦੇ ਵੀ ਨਾਮ ਨਹੀਂ।
web-assessor-language = ਸਿਖਿਆਰਥੀ ਦੀ ਭਾਸ਼ਾ
web-assessor-assisted = ਮੈਂ ਸਿਖਿਆਰਥੀ ਦੇ ਨਾਲ ਬੈਠਾ ਹਾਂ ਅਤੇ ਦੇਖੇ ਗਏ ਕੰਮ ਦਰਜ ਕਰਦਾ ਹਾਂ
web-assessor-start = ਸੈਸ਼ਨ ਸ਼ੁਰੂ ਕਰੋ
web-assessor-session-heading = ਚੱਲ ਰਿਹਾ ਸੈਸ਼ਨ
web-assessor-answered = ਹੁਣ ਤੱਕ ਜਵਾਬ
web-assessor-code = ਸਿਖਿਆਰਥੀ ਦੇ ਡਿਵਾਈਸ ਲਈ ਜੁੜਨ ਦਾ ਕੋਡ:
web-assessor-code-help = ਸਿਖਿਆਰਥੀ ਆਪਣੇ ਡਿਵਾਈਸ 'ਤੇ ਇਹ ਪਤਾ ਖੋਲ੍ਹਦਾ ਹੈ, ਜਾਂ QR ਕੋਡ ਸਕੈਨ ਕਰਦਾ ਹੈ, ਅਤੇ ਕੋਡ ਲਿਖਦਾ ਹੈ। ਜੇ ਪੰਨਾ ਬੰਦ ਹੋ ਜਾਵੇ, ਤਾਂ ਇਹੀ ਕੋਡ ਟੈਸਟ ਨੂੰ ਉਸੇ ਸਵਾਲ 'ਤੇ ਦੁਬਾਰਾ ਖੋਲ੍ਹਦਾ ਹੈ।
web-assessor-qr = ਜੁੜਨ ਵਾਲੇ ਲਿੰਕ ਦਾ QR ਕੋਡ: ਇਸਨੂੰ ਫ਼ੋਨ ਦੇ ਕੈਮਰੇ ਨਾਲ ਸਕੈਨ ਕਰੋ
web-assessor-new-code = ਨਵਾਂ ਜੁੜਨ ਦਾ ਕੋਡ
web-assessor-stop = ਹੁਣੇ ਸੈਸ਼ਨ ਖਤਮ ਕਰੋ
web-assessor-task = ਦੇਖਿਆ ਗਿਆ ਕੰਮ: ਦਰਜ ਕਰੋ ਕਿ ਇਹ ਕਿਵੇਂ ਹੋਇਆ
web-assessor-result = ਨਤੀਜਾ
web-assessor-print = ਨਤੀਜਾ ਛਾਪੋ
web-assessor-print-learner = ਸਿਖਿਆਰਥੀ ਦਾ ਪੰਨਾ ਛਾਪੋ
web-assessor-new = ਹੋਰ ਸੈਸ਼ਨ ਸ਼ੁਰੂ ਕਰੋ

## Printed result

web-report-heading = ਡਿਜੀਟਲ ਸਾਖਰਤਾ ਦਾ ਨਤੀਜਾ
web-report-profile = ਖੇਤਰ ਅਨੁਸਾਰ ਪ੍ਰੋਫਾਈਲ
web-report-can-do = ਕਰ ਸਕਦਾ ਹੈ
web-report-next = ਅਗਲੇ ਕਦਮ
web-report-based-on = ਇਹ ਨਤੀਜਾ ਕਿਸ ਆਧਾਰ 'ਤੇ ਹੈ
web-report-items = ਜਵਾਬ ਦਿੱਤੇ ਸਵਾਲ
web-report-range = ਸੰਭਾਵਿਤ ਪੱਧਰ ਦੀ ਸੀਮਾ
web-report-precision = ਮਿਆਰੀ ਗਲਤੀ (logits)
web-report-calibration = ਕੈਲੀਬ੍ਰੇਸ਼ਨ
web-report-language = ਟੈਸਟ ਦੀ ਭਾਸ਼ਾ
web-report-session = ਸੈਸ਼ਨ
web-report-time = ਤਾਰੀਖ (UTC)
web-report-not-measured = ਮਾਪਿਆ ਨਹੀਂ ਗਿਆ
web-home-heading = ਮੇਰੇ ਡਿਜੀਟਲ ਹੁਨਰ
web-home-can = ਮੈਂ ਕਰ ਸਕਦਾ/ਸਕਦੀ ਹਾਂ
web-home-next = ਅੱਗੇ ਮੈਂ ਸਿੱਖਾਂਗਾ/ਸਿੱਖਾਂਗੀ
