# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = د webhook هغه پتې هم ومنه چې په http:// سره لوپ‌بیک پتې ته ځي (پر همدې ماشین یو ترلاسه کوونکی)؛ که نه، یوازې https://
