# Descriptions of the tap-through screens, for screen readers (Soomaali, machine-drafted)

picture-screens-settings-list-alt = Liiska dejinta telefoonka
picture-screens-wifi-networks-alt = Dejinta Wi-Fi iyo shabakadaha u dhow
picture-screens-display-settings-alt = Dejinta shaashadda
picture-screens-text-size-alt = Dejinta cabbirka qoraalka
picture-screens-language-list-alt = Liiska luqadaha telefoonka
picture-screens-security-settings-alt = Dejinta amniga
picture-screens-messages-list-alt = Liiska sheekooyinka ee abka fariimaha
picture-screens-chat-conversation-alt = Sheeko lala yeeshay Amira ee abka fariimaha
picture-screens-call-log-alt = Liiska wicitaannadii ugu dambeeyay
