# Item messages: start question of the access questionnaire — تجربه (دری، پیش‌نویس ماشینی)

item-acc-101-prompt = امروز چطور از مبایل یا کمپیوتر استفاده می‌کنید؟
item-acc-101-opt-a = هرگز استفاده نکرده‌ام.
item-acc-101-opt-b = فقط وقتی کسی کمکم می‌کند.
item-acc-101-opt-c = خودم، برای زنگ، پیام و عکس.
item-acc-101-opt-d = خودم، برای کارهای زیاد: ایمیل، فورم، برنامه‌ها، انترنت.

# The access-profile field the question fills (assessor reports).
access-field-experience = تجربه کار با دستگاه‌ها
