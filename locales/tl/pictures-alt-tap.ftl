# Descriptions of the tap-through screens, for screen readers (Tagalog, machine-drafted)

picture-screens-settings-list-alt = Ang listahan ng Settings ng telepono
picture-screens-wifi-networks-alt = Ang Wi-Fi settings at ang mga network sa malapit
picture-screens-display-settings-alt = Ang Display settings
picture-screens-text-size-alt = Ang setting ng laki ng letra
picture-screens-language-list-alt = Ang listahan ng mga wika ng telepono
picture-screens-security-settings-alt = Ang Security settings
picture-screens-messages-list-alt = Ang listahan ng mga usapan sa app ng mensahe
picture-screens-chat-conversation-alt = Isang usapan kay Amira sa app ng mensahe
picture-screens-call-log-alt = Ang listahan ng mga huling tawag
