# Item messages: start question of the access questionnaire — تجربه (فارسی، پیش‌نویس ماشینی)

item-acc-101-prompt = امروز چطور از گوشی یا کامپیوتر استفاده می‌کنید؟
item-acc-101-opt-a = هرگز استفاده نکرده‌ام.
item-acc-101-opt-b = فقط وقتی کسی کمکم می‌کند.
item-acc-101-opt-c = خودم، برای تماس، پیام و عکس.
item-acc-101-opt-d = خودم، برای خیلی کارها: ایمیل، فرم، برنامه‌ها، اینترنت.

# The access-profile field the question fills (assessor reports).
access-field-experience = تجربه کار با دستگاه‌ها
