# Descriptions of the tap-through screens, for screen readers (español, machine-drafted)

picture-screens-settings-list-alt = La lista de ajustes del teléfono
picture-screens-wifi-networks-alt = Los ajustes de wifi con las redes cercanas
picture-screens-display-settings-alt = Los ajustes de pantalla
picture-screens-text-size-alt = El ajuste del tamaño del texto
picture-screens-language-list-alt = La lista de idiomas del teléfono
picture-screens-security-settings-alt = Los ajustes de seguridad
picture-screens-messages-list-alt = La lista de conversaciones de la aplicación de mensajes
picture-screens-chat-conversation-alt = Una conversación con Amira en la aplicación de mensajes
picture-screens-call-log-alt = La lista de llamadas recientes
