# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = نشانی‌های webhook با {"\u2068"}http://{"\u2069"} به نشانی حلقه‌بازگشت (گیرنده‌ای روی همین دستگاه) را هم بپذیر؛ وگرنه فقط {"\u2068"}https://{"\u2069"}
