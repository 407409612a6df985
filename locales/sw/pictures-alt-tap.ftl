# Descriptions of the tap-through screens, for screen readers (Kiswahili, machine-drafted)

picture-screens-settings-list-alt = Orodha ya Mipangilio ya simu
picture-screens-wifi-networks-alt = Mipangilio ya Wi-Fi na mitandao iliyo karibu
picture-screens-display-settings-alt = Mipangilio ya skrini
picture-screens-text-size-alt = Mpangilio wa ukubwa wa maandishi
picture-screens-language-list-alt = Orodha ya lugha za simu
picture-screens-security-settings-alt = Mipangilio ya usalama
picture-screens-messages-list-alt = Orodha ya mazungumzo katika programu ya ujumbe
picture-screens-chat-conversation-alt = Mazungumzo na Amira katika programu ya ujumbe
picture-screens-call-log-alt = Orodha ya simu za hivi karibuni
