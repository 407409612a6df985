# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = لوپ بیک پتے (اسی مشین پر ایک وصول کنندہ) کے لیے {"\u2068"}http://{"\u2069"} والے webhook URL بھی قبول کریں؛ ورنہ صرف {"\u2068"}https://{"\u2069"}
