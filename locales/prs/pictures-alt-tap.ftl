# Descriptions of the tap-through screens, for screen readers (دری, machine-drafted)

picture-screens-settings-list-alt = فهرست تنظیمات مبایل
picture-screens-wifi-networks-alt = تنظیمات وای‌فای با شبکه‌های نزدیک
picture-screens-display-settings-alt = تنظیمات نمایشگر
picture-screens-text-size-alt = تنظیم اندازهٔ نوشته
picture-screens-language-list-alt = فهرست زبان‌های مبایل
picture-screens-security-settings-alt = تنظیمات امنیت
picture-screens-messages-list-alt = فهرست گفت‌وگوها در برنامهٔ پیام
picture-screens-chat-conversation-alt = گفت‌وگو با امیره در برنامهٔ پیام
picture-screens-call-log-alt = فهرست تماس‌های اخیر
