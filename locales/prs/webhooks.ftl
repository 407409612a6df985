# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = نشانی‌های webhook با {"\u2068"}http://{"\u2069"} به نشانی حلقه‌بازگشت (گیرنده‌ای روی همین کمپیوتر) را هم بپذیر؛ در غیر آن فقط {"\u2068"}https://{"\u2069"}
serve-problem-too-many-webhooks = تعداد webhook بیش از حد است
serve-problem-too-many-webhooks-detail = این اداره همین حالا بیشترین تعداد webhook مجاز را دارد؛ پیش از افزودن، یکی را حذف کنید.
