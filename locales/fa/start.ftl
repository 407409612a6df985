## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = نقطه شروع آزمون: fixed (سطح سؤال اول برای همه یکسان) یا access (یادگیرندگان شبیه‌سازی‌شده به سؤال‌های دسترسی جواب می‌دهند و جواب‌هایشان شروع را تعیین می‌کند)
