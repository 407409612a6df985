# Descriptions of the tap-through screens, for screen readers (پښتو, machine-drafted)

picture-screens-settings-list-alt = د ټلیفون د تنظیماتو لېست
picture-screens-wifi-networks-alt = د وای فای تنظیمات د نږدې شبکو سره
picture-screens-display-settings-alt = د ښکارندې تنظیمات
picture-screens-text-size-alt = د لیکنې د اندازې تنظیم
picture-screens-language-list-alt = د ټلیفون د ژبو لېست
picture-screens-security-settings-alt = د امنیت تنظیمات
picture-screens-messages-list-alt = د پیغامونو په اپ کې د خبرو لېست
picture-screens-chat-conversation-alt = د پیغامونو په اپ کې له امیرې سره خبرې
picture-screens-call-log-alt = د وروستیو زنګونو لېست
