# Descriptions of the tap-through screens, for screen readers (العربية, machine-drafted)

picture-screens-settings-list-alt = قائمة إعدادات الهاتف
picture-screens-wifi-networks-alt = إعدادات الواي فاي مع الشبكات القريبة
picture-screens-display-settings-alt = إعدادات الشاشة
picture-screens-text-size-alt = إعداد حجم الخط
picture-screens-language-list-alt = قائمة لغات الهاتف
picture-screens-security-settings-alt = إعدادات الأمان
picture-screens-messages-list-alt = قائمة المحادثات في تطبيق الرسائل
picture-screens-chat-conversation-alt = محادثة مع أميرة في تطبيق الرسائل
picture-screens-call-log-alt = قائمة المكالمات الأخيرة
