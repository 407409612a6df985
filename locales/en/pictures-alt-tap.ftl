# Descriptions of the tap-through screens, for screen readers (English)

picture-screens-settings-list-alt = The phone's Settings list
picture-screens-wifi-networks-alt = The Wi-Fi settings with the networks nearby
picture-screens-display-settings-alt = The Display settings
picture-screens-text-size-alt = The text size setting
picture-screens-language-list-alt = The list of languages for the phone
picture-screens-security-settings-alt = The Security settings
picture-screens-messages-list-alt = The list of conversations in the messages app
picture-screens-chat-conversation-alt = A chat with Amira in the messages app
picture-screens-call-log-alt = The list of recent calls
