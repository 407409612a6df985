# Descriptions of the tap-through screens, for screen readers (اردو, machine-drafted)

picture-screens-settings-list-alt = فون کی سیٹنگز کی فہرست
picture-screens-wifi-networks-alt = قریبی نیٹ ورکس کے ساتھ وائی فائی کی سیٹنگز
picture-screens-display-settings-alt = ڈسپلے کی سیٹنگز
picture-screens-text-size-alt = لکھائی کے سائز کی سیٹنگ
picture-screens-language-list-alt = فون کی زبانوں کی فہرست
picture-screens-security-settings-alt = حفاظت کی سیٹنگز
picture-screens-messages-list-alt = پیغامات کی ایپ میں بات چیت کی فہرست
picture-screens-chat-conversation-alt = پیغامات کی ایپ میں امیرہ کے ساتھ بات چیت
picture-screens-call-log-alt = حالیہ کالز کی فہرست
