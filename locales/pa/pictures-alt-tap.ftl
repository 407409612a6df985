# Descriptions of the tap-through screens, for screen readers (ਪੰਜਾਬੀ, machine-drafted)

picture-screens-settings-list-alt = ਫ਼ੋਨ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਦੀ ਸੂਚੀ
picture-screens-wifi-networks-alt = ਨੇੜਲੇ ਨੈੱਟਵਰਕਾਂ ਨਾਲ ਵਾਈ-ਫਾਈ ਸੈਟਿੰਗਾਂ
picture-screens-display-settings-alt = ਡਿਸਪਲੇ ਸੈਟਿੰਗਾਂ
picture-screens-text-size-alt = ਲਿਖਤ ਦੇ ਆਕਾਰ ਦੀ ਸੈਟਿੰਗ
picture-screens-language-list-alt = ਫ਼ੋਨ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ ਦੀ ਸੂਚੀ
picture-screens-security-settings-alt = ਸੁਰੱਖਿਆ ਸੈਟਿੰਗਾਂ
picture-screens-messages-list-alt = ਸੁਨੇਹਿਆਂ ਵਾਲੀ ਐਪ ਵਿੱਚ ਗੱਲਬਾਤਾਂ ਦੀ ਸੂਚੀ
picture-screens-chat-conversation-alt = ਸੁਨੇਹਿਆਂ ਵਾਲੀ ਐਪ ਵਿੱਚ ਅਮੀਰਾ ਨਾਲ ਗੱਲਬਾਤ
picture-screens-call-log-alt = ਹਾਲੀਆ ਕਾਲਾਂ ਦੀ ਸੂਚੀ
