# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = نشانی‌های webhook با http:// به نشانی حلقه‌بازگشت (گیرنده‌ای روی همین دستگاه) را هم بپذیر؛ وگرنه فقط https://
