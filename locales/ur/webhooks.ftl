# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = لوپ بیک پتے (اسی مشین پر ایک وصول کنندہ) کے لیے http:// والے webhook URL بھی قبول کریں؛ ورنہ صرف https://
