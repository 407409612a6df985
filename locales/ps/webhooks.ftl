# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = د webhook هغه پتې هم ومنه چې په {"\u2068"}http://{"\u2069"} سره لوپ‌بیک پتې ته ځي (پر همدې ماشین یو ترلاسه کوونکی)؛ که نه، یوازې {"\u2068"}https://{"\u2069"}
serve-problem-too-many-webhooks = ډېر زیات webhook
serve-problem-too-many-webhooks-detail = دې ادارې دمخه د اجازې وړ ډېر webhook لري؛ د بل زیاتولو مخکې یو لرې کړئ.
