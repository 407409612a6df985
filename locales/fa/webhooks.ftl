# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = نشانی‌های webhook با {"\u2068"}http://{"\u2069"} به نشانی حلقه‌بازگشت (گیرنده‌ای روی همین دستگاه) را هم بپذیر؛ وگرنه فقط {"\u2068"}https://{"\u2069"}
serve-problem-too-many-webhooks = تعداد webhook بیش از حد است
serve-problem-too-many-webhooks-detail = این سازمان هم‌اکنون بیشترین تعداد webhook مجاز را دارد؛ پیش از افزودن، یکی را حذف کنید.
