# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = اقبل أيضًا عناوين webhook بصيغة {"\u2068"}http://{"\u2069"} إلى عنوان الاسترجاع المحلي (مستقبِل على هذا الجهاز)؛ وإلا فـ {"\u2068"}https://{"\u2069"} فقط
