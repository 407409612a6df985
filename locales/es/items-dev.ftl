# Mensajes de los ítems: DEV (español)

item-dev-001-prompt = Toque la imagen que muestra que el teléfono se está cargando.
item-dev-001-opt-a = Un teléfono con un cable conectado y un rayo en la pantalla.
item-dev-001-opt-b = Un teléfono con la pantalla rota.
item-dev-001-opt-c = Un teléfono con la pantalla negra.

item-dev-002-prompt = Toque el lugar donde se conecta el cargador.
item-dev-002-region-port = La pequeña abertura en el borde de abajo del teléfono
item-dev-002-region-side-button = El botón largo en el lado derecho del teléfono
item-dev-002-region-camera = La pequeña cámara redonda en la parte de arriba del teléfono
item-dev-002-region-screen = El centro de la pantalla

item-dev-003-prompt = Mire la imagen. La batería está roja y casi vacía. Esto quiere decir que debe cargar el teléfono pronto. ¿Verdadero o falso?

item-dev-004-prompt = Ponga las imágenes en orden: despertar el teléfono, desbloquearlo y abrir la cámara.
item-dev-004-opt-a = Escriba su código PIN.
item-dev-004-opt-b = Presione el botón del lado del teléfono.
item-dev-004-opt-c = Toque el ícono de la cámara.
item-dev-004-opt-d = Deslice el dedo hacia arriba en la pantalla.

item-dev-005-prompt = Agrande el mapa con dos dedos para poder leer los nombres de las calles. Después, vuelva a hacerlo pequeño.
item-dev-005-cat-0 = No resuelto
item-dev-005-cat-1 = Resuelto después de una pista
item-dev-005-cat-2 = Resuelto sin ayuda

item-dev-006-prompt = Toque el ícono que se usa para hacer una llamada de teléfono.
item-dev-006-region-phone = El ícono verde del teléfono, abajo a la izquierda
item-dev-006-region-messages = El ícono de globo de diálogo, al lado
item-dev-006-region-browser = El ícono redondo con forma de globo terráqueo
item-dev-006-region-camera = El ícono de la cámara, abajo a la derecha
item-dev-006-region-settings = El ícono gris con forma de engranaje, arriba a la izquierda

item-dev-007-prompt = Usted está dentro de una aplicación. ¿Qué botón lo lleva a la pantalla anterior?
item-dev-007-opt-a = Un signo de más.
item-dev-007-opt-b = Una lupa.
item-dev-007-opt-c = Una flecha que apunta a la izquierda.
item-dev-007-opt-d = Una estrella.

item-dev-008-prompt = Mire el ícono de WhatsApp. Tiene un pequeño círculo rojo con el número 3. Esto quiere decir que tiene mensajes nuevos esperando. ¿Verdadero o falso?

item-dev-009-prompt = Usted tiene una llamada perdida. Toque la notificación de la llamada perdida.
item-dev-009-region-missed-call = La notificación con un teléfono y una flecha roja
item-dev-009-region-message = La notificación con un globo de diálogo verde
item-dev-009-region-battery = La notificación con una batería
item-dev-009-region-update = La notificación con una flecha de descarga

item-dev-010-prompt = Usted quiere ver otra vez sus notificaciones. ¿Hacia dónde desliza el dedo en la pantalla?
item-dev-010-opt-a = Hacia arriba, desde la parte de abajo de la pantalla.
item-dev-010-opt-b = Hacia abajo, desde la parte de arriba de la pantalla.
item-dev-010-opt-c = Desde el borde izquierdo hacia la derecha.

item-dev-011-prompt = Toque la tecla que pone un espacio entre dos palabras.
item-dev-011-region-space = La tecla larga de abajo, en el centro
item-dev-011-region-backspace = La tecla con una flecha y una X, a la derecha
item-dev-011-region-shift = La tecla con una flecha hacia arriba, a la izquierda
item-dev-011-region-enter = La tecla de abajo a la derecha, con una flecha doblada
item-dev-011-region-mic = La pequeña tecla del micrófono, al lado de la tecla larga

item-dev-012-prompt = Usted quiere hablar en vez de escribir. ¿Qué tecla toca?
item-dev-012-opt-a = Una flecha hacia arriba.
item-dev-012-opt-b = Un globo terráqueo.
item-dev-012-opt-c = Una cara sonriente.
item-dev-012-opt-d = Un micrófono.

item-dev-013-prompt = Copie la dirección de correo electrónico de la tarjeta en la casilla, exactamente como está escrita. Después, toque “Next” (Siguiente).
item-dev-013-cat-0 = No resuelto
item-dev-013-cat-1 = Resuelto después de una pista
item-dev-013-cat-2 = Resuelto sin ayuda

item-dev-014-prompt = Ponga los pasos en orden para copiar el número de confirmación de un mensaje y pegarlo en un formulario.
item-dev-014-opt-a = Toque “Copy” (Copiar).
item-dev-014-opt-b = Mantenga el dedo sobre la casilla vacía del formulario.
item-dev-014-opt-c = Mantenga el dedo sobre el número en el mensaje.
item-dev-014-opt-d = Toque “Paste” (Pegar).

item-dev-015-prompt = ¿Qué ícono muestra que el teléfono está conectado al Wi-Fi?
item-dev-015-opt-a = Unas líneas curvas en forma de abanico.
item-dev-015-opt-b = Un avión.
item-dev-015-opt-c = Una batería.
item-dev-015-opt-d = El símbolo de Bluetooth, como una letra B con puntas.

item-dev-016-prompt = Usted está en la biblioteca pública. Para usar el Wi-Fi gratis, elige el nombre de la red de la biblioteca en la configuración de Wi-Fi de su teléfono. ¿Verdadero o falso?

item-dev-017-prompt = Conecte el teléfono al Wi-Fi de la biblioteca. La red se llama LibraryGuest y la contraseña está en la tarjeta.
item-dev-017-cat-0 = No resuelto
item-dev-017-cat-1 = Resuelto después de una pista
item-dev-017-cat-2 = Resuelto sin ayuda

item-dev-018-prompt = Sus datos móviles están apagados. Toque el botón que enciende los datos móviles.
item-dev-018-region-wifi = El botón de Wi-Fi, arriba a la izquierda
item-dev-018-region-mobile-data = El botón de datos móviles, con dos flechas, arriba en el centro
item-dev-018-region-bluetooth = El botón de Bluetooth, arriba a la derecha
item-dev-018-region-airplane = El botón de modo avión, abajo a la izquierda
item-dev-018-region-flashlight = El botón de la linterna, abajo en el centro

item-dev-019-prompt = Usted quiere instalar WhatsApp en su teléfono. ¿Qué aplicación abre?
item-dev-019-opt-a = La cámara.
item-dev-019-opt-b = La tienda de aplicaciones: Play Store o App Store.
item-dev-019-opt-c = La galería de fotos.
item-dev-019-opt-d = El reloj.

item-dev-020-prompt = Las letras de su teléfono son muy pequeñas. Toque la opción que hace más grande el texto.
item-dev-020-region-brightness = La fila “Brightness” (Brillo), con un sol
item-dev-020-region-dark-mode = La fila “Dark mode” (Modo oscuro), con una luna
item-dev-020-region-font-size = La fila “Font size” (Tamaño de letra), con una letra A pequeña y una grande
item-dev-020-region-timeout = La fila “Screen timeout” (Tiempo de pantalla encendida), con un reloj
item-dev-020-region-wallpaper = La fila “Wallpaper” (Fondo de pantalla), con una imagen

item-dev-021-prompt = Ponga los pasos en orden para agregar su idioma al teléfono.
item-dev-021-opt-a = Toque “Add a language” (Agregar un idioma).
item-dev-021-opt-b = Abra “Settings” (Configuración).
item-dev-021-opt-c = Elija su idioma de la lista.
item-dev-021-opt-d = Toque “Languages” (Idiomas).

item-dev-022-prompt = Busque la aplicación de autobuses llamada Transit en la tienda de aplicaciones, instálela y después ábrala.
item-dev-022-cat-0 = No resuelto
item-dev-022-cat-1 = Resuelto después de una pista
item-dev-022-cat-2 = Resuelto sin ayuda

item-dev-023-prompt = Usted descargó una carta de un sitio web. ¿Dónde la guarda normalmente su teléfono?
item-dev-023-opt-a = En la aplicación de la cámara.
item-dev-023-opt-b = En la aplicación de contactos.
item-dev-023-opt-c = En la carpeta “Downloads” (Descargas) de la aplicación “Files” (Archivos).
item-dev-023-opt-d = En la aplicación del reloj.

item-dev-024-prompt = Cuando usted borra una foto, muchos teléfonos la guardan unos 30 días en una carpeta llamada “Recently deleted” (Eliminados recientemente) o “Trash” (Papelera). Todavía la puede recuperar. ¿Verdadero o falso?

item-dev-025-prompt = Ponga los pasos en orden para cambiar el nombre de un archivo.
item-dev-025-opt-a = Toque “Rename” (Cambiar nombre).
item-dev-025-opt-b = Abra la aplicación “Files” (Archivos).
item-dev-025-opt-c = Toque “OK”.
item-dev-025-opt-d = Mantenga el dedo sobre el archivo.
item-dev-025-opt-e = Escriba el nombre nuevo.

item-dev-026-prompt = Guarde la foto de su contrato de alquiler en su almacenamiento en la nube, en la carpeta llamada Housing (Vivienda).
item-dev-026-cat-0 = No resuelto
item-dev-026-cat-1 = Resuelto después de una pista
item-dev-026-cat-2 = Resuelto sin ayuda
