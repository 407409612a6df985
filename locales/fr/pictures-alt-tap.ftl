# Descriptions of the tap-through screens, for screen readers (français, machine-drafted)

picture-screens-settings-list-alt = La liste des paramètres du téléphone
picture-screens-wifi-networks-alt = Les paramètres Wi-Fi avec les réseaux à proximité
picture-screens-display-settings-alt = Les paramètres d'affichage
picture-screens-text-size-alt = Le réglage de la taille du texte
picture-screens-language-list-alt = La liste des langues du téléphone
picture-screens-security-settings-alt = Les paramètres de sécurité
picture-screens-messages-list-alt = La liste des conversations de l'appli de messages
picture-screens-chat-conversation-alt = Une conversation avec Amira dans l'appli de messages
picture-screens-call-log-alt = La liste des appels récents
