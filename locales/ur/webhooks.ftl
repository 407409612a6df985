# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = لوپ بیک پتے (اسی مشین پر ایک وصول کنندہ) کے لیے {"\u2068"}http://{"\u2069"} والے webhook URL بھی قبول کریں؛ ورنہ صرف {"\u2068"}https://{"\u2069"}
serve-problem-too-many-webhooks = بہت زیادہ webhook
serve-problem-too-many-webhooks-detail = اس ادارے کے پاس پہلے ہی اجازت شدہ زیادہ سے زیادہ webhook ہیں؛ نیا شامل کرنے سے پہلے ایک ہٹائیں۔
