# Descriptions of the tap-through screens, for screen readers (українська, machine-drafted)

picture-screens-settings-list-alt = Список налаштувань телефона
picture-screens-wifi-networks-alt = Налаштування Wi-Fi з мережами поблизу
picture-screens-display-settings-alt = Налаштування екрана
picture-screens-text-size-alt = Налаштування розміру тексту
picture-screens-language-list-alt = Список мов телефона
picture-screens-security-settings-alt = Налаштування безпеки
picture-screens-messages-list-alt = Список розмов у застосунку повідомлень
picture-screens-chat-conversation-alt = Розмова з Амірою в застосунку повідомлень
picture-screens-call-log-alt = Список останніх дзвінків
