# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = اقبل أيضًا عناوين webhook بصيغة http:// إلى عنوان الاسترجاع المحلي (مستقبِل على هذا الجهاز)؛ وإلا فـ https:// فقط
