## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = نقطه شروع آزمون: fixed (سطح سوال اول برای همه یکسان) یا access (شاگردان شبیه‌سازی‌شده به سوال‌های دسترسی جواب می‌دهند و جواب‌های شان شروع را تعیین می‌کند)
