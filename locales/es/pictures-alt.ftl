# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = Una batería de teléfono casi vacía
picture-icons-chat-app-badge-alt = El icono de una aplicación de chat con un pequeño círculo rojo y el número 3
picture-screens-android-settings-alt = La lista de Ajustes del teléfono
picture-screens-app-permissions-photo-alt = Los permisos de una aplicación para editar fotos
picture-screens-app-permissions-alt = Los permisos de una aplicación de videollamadas
picture-screens-bank-app-alt = La pantalla de inicio de una aplicación del banco
picture-screens-browser-page-alt = Una página web abierta en el navegador
picture-screens-camera-app-alt = La aplicación de cámara, lista para tomar fotos
picture-screens-course-page-alt = La página de un curso en línea
picture-screens-email-open-alt = Un correo de una escuela, abierto en el teléfono
picture-screens-form-required-alt = Un formulario con casillas para llenar
picture-screens-gallery-edit-alt = La foto de una carta, abierta en la galería
picture-screens-hydro-bill-alt = Una factura de electricidad
picture-screens-incoming-call-alt = Una llamada que está entrando
picture-screens-job-bank-search-alt = Un sitio web para buscar empleo
picture-screens-job-posting-alt = Una oferta de empleo en un sitio web
picture-screens-keyboard-alt = Un chat con el teclado abierto
picture-screens-maps-app-alt = La aplicación de mapas
picture-screens-mock-camera-alt = Una cámara de práctica que apunta a una carta
picture-screens-mock-form-alt = Un formulario de práctica
picture-screens-mock-job-site-alt = Un sitio de empleo de práctica
picture-screens-mock-password-manager-alt = Un gestor de contraseñas de práctica
picture-screens-mock-portfolio-alt = Un sitio de perfil profesional de práctica
picture-screens-mock-social-alt = Un chat de práctica con mensajes ofensivos
picture-screens-mock-telehealth-alt = Una aplicación de clínica de práctica
picture-screens-mock-word-processor-alt = Un procesador de textos de práctica con un currículum
picture-screens-notifications-alt = La lista de notificaciones
picture-screens-permission-popup-alt = Una aplicación pide permiso
picture-screens-phishing-email-alt = Un correo sobre su cuenta bancaria
picture-screens-phone-home-alt = La pantalla de inicio del teléfono
picture-screens-phone-outline-alt = El dibujo de un teléfono inteligente
picture-screens-quick-settings-alt = Los botones de ajustes rápidos
picture-screens-school-portal-alt = Un sitio web de la escuela para padres
picture-screens-screen-time-alt = La lista de Ajustes de la tableta
picture-screens-search-results-alt = Resultados de búsqueda en la web
picture-screens-security-activity-alt = Los inicios de sesión recientes de una cuenta de correo
picture-screens-settings-display-alt = Los ajustes de pantalla
picture-screens-sign-in-alt = Una página para iniciar sesión
picture-screens-sms-code-alt = Un mensaje de texto con un código
picture-screens-spreadsheet-costs-alt = Una hoja de cálculo de gastos del mes
picture-screens-upload-form-alt = Un formulario en línea para subir un archivo
picture-screens-video-call-camera-off-alt = Una videollamada en un teléfono
picture-screens-video-meeting-alt = Una clase en línea en un teléfono
picture-screens-word-processor-alt = Un documento en un procesador de textos
