# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = ਲੂਪਬੈਕ ਪਤੇ (ਇਸ ਮਸ਼ੀਨ ਉੱਤੇ ਇੱਕ ਰਿਸੀਵਰ) ਲਈ http:// ਵਾਲੇ webhook URL ਵੀ ਮੰਨੋ; ਨਹੀਂ ਤਾਂ ਸਿਰਫ਼ https://
serve-problem-too-many-webhooks = ਬਹੁਤ ਜ਼ਿਆਦਾ webhook
serve-problem-too-many-webhooks-detail = ਇਸ ਏਜੰਸੀ ਕੋਲ ਪਹਿਲਾਂ ਹੀ ਵੱਧ ਤੋਂ ਵੱਧ ਮਨਜ਼ੂਰ webhook ਹਨ; ਹੋਰ ਜੋੜਨ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਹਟਾਓ।
