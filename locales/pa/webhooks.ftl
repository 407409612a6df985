# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = ਲੂਪਬੈਕ ਪਤੇ (ਇਸ ਮਸ਼ੀਨ ਉੱਤੇ ਇੱਕ ਰਿਸੀਵਰ) ਲਈ http:// ਵਾਲੇ webhook URL ਵੀ ਮੰਨੋ; ਨਹੀਂ ਤਾਂ ਸਿਰਫ਼ https://
