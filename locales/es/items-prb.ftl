## Ítems: PRB, Resolver problemas, aprender, trabajar (enunciados, opciones, zonas, categorías de tareas)

# prb-001
item-prb-001-prompt = Su teléfono está muy lento y una aplicación está congelada. ¿Qué prueba primero?
item-prb-001-opt-a = Comprar un teléfono nuevo.
item-prb-001-opt-b = Borrar todas sus fotos.
item-prb-001-opt-c = Reiniciar el teléfono.

# prb-002
item-prb-002-prompt = En una videollamada, las personas no lo pueden escuchar. Esta pantalla muestra los permisos de la aplicación. Toque el que usted debe cambiar.
item-prb-002-region-camera = “Camera: Allowed” (Cámara: permitido).
item-prb-002-region-microphone = “Microphone: Not allowed” (Micrófono: no permitido).
item-prb-002-region-location = “Location: Not allowed” (Ubicación: no permitido).
item-prb-002-region-notifications = “Notifications: Allowed” (Notificaciones: permitido).
item-prb-002-region-contacts = “Contacts: Allowed” (Contactos: permitido).

# prb-003
item-prb-003-prompt = Su teléfono dice “Storage full” (Almacenamiento lleno). Borrar videos viejos que ya están guardados en la nube puede liberar espacio. ¿Verdadero o falso?

# prb-004
item-prb-004-prompt = En su casa, el internet no funciona en su teléfono. Ponga estos pasos en orden, desde lo primero que debe probar hasta lo último.
item-prb-004-opt-a = Desconectar el módem, esperar 30 segundos y volver a conectarlo.
item-prb-004-opt-b = Revisar que el Wi-Fi está encendido y conectado a la red de su casa.
item-prb-004-opt-c = Llamar a su compañía de internet.
item-prb-004-opt-d = Apagar y volver a encender el Wi-Fi en su teléfono.

# prb-005
item-prb-005-prompt = Una aplicación muestra un mensaje de error con el código E-403, y usted no lo entiende. ¿Cuál es una buena forma de encontrar ayuda?
item-prb-005-opt-a = Buscar el nombre de la aplicación con el código de error, o leer la página oficial de ayuda de la aplicación.
item-prb-005-opt-b = Llamar a un número de teléfono que aparece en un anuncio que se abre solo.
item-prb-005-opt-c = Darle su contraseña a un desconocido de un grupo en internet que ofrece arreglarlo.

# prb-006
item-prb-006-prompt = Usted recibió una carta en inglés de la escuela de su hijo y no la entiende. ¿Qué herramienta le ayuda más?
item-prb-006-opt-a = La calculadora.
item-prb-006-opt-b = Una aplicación de traducción que usa la cámara.
item-prb-006-opt-c = La aplicación de mapas.

# prb-007
item-prb-007-prompt = Un asistente de chat con inteligencia artificial siempre tiene razón sobre las leyes y las reglas de inmigración. ¿Verdadero o falso?

# prb-008
item-prb-008-prompt = Usted le pregunta a un asistente de chat con inteligencia artificial cuándo debe presentar su declaración de impuestos. Le da una fecha. ¿Qué debe hacer usted?
item-prb-008-opt-a = Hacer otra vez la misma pregunta. Si la respuesta es la misma, es cierta.
item-prb-008-opt-b = Confiar en la fecha, porque el gobierno revisa las respuestas de la inteligencia artificial.
item-prb-008-opt-c = Revisar la fecha en la página oficial de la Agencia de Ingresos de Canadá (CRA) en canada.ca.

# prb-009
item-prb-009-prompt = Un asistente de inteligencia artificial le explica sus derechos como inquilino y le dice: vea el artículo 99 de la Ley de Arrendamientos Residenciales (Residential Tenancies Act). Usted abre la ley, y el artículo 99 habla de otra cosa. ¿Qué le dice esto?
item-prb-009-opt-a = La inteligencia artificial puede inventar o confundir las fuentes. Revise el texto oficial o pregunte en un servicio de ayuda para inquilinos.
item-prb-009-opt-b = La ley en el sitio web del gobierno debe estar desactualizada, así que haga lo que dice la inteligencia artificial.
item-prb-009-opt-c = El resto de la respuesta de la inteligencia artificial seguramente está bien; solo el número está mal.
item-prb-009-opt-d = Pregúntele a la inteligencia artificial si está segura. Si dice que sí, puede confiar en ella.

# prb-010
item-prb-010-prompt = Usted quiere aprender a usar el correo electrónico. ¿Dónde puede recibir ayuda gratis?
item-prb-010-opt-a = En la biblioteca pública o en una agencia de asentamiento para recién llegados.
item-prb-010-opt-b = Con una persona que le escribe por internet y le pide su contraseña.
item-prb-010-opt-c = Con un anuncio que le pide pagar con tarjetas de regalo.

# prb-011
item-prb-011-prompt = Usted empezó un curso en línea la semana pasada. Toque el lugar para seguir con su lección.
item-prb-011-region-resume = El botón “Resume lesson 3” (Continuar la lección 3).
item-prb-011-region-catalogue = El enlace “Course catalogue” (Catálogo de cursos).
item-prb-011-region-certificates = El enlace “Certificates” (Certificados).
item-prb-011-region-forum = El enlace “Forum” (Foro).
item-prb-011-region-profile = Su foto de perfil, arriba a la derecha.

# prb-012
item-prb-012-prompt = Usted quiere tomar un curso gratis en línea. Ponga los pasos en orden.
item-prb-012-opt-a = Empiece la lección 1.
item-prb-012-opt-b = Cree una cuenta con su dirección de correo electrónico.
item-prb-012-opt-c = Abra el sitio web del curso.
item-prb-012-opt-d = Escriba el código que le llegó al correo para confirmar su cuenta.

# prb-013
item-prb-013-prompt = Usted está buscando trabajo en Job Bank. Quiere ver solo trabajos cerca de su casa. ¿Qué usa?
item-prb-013-opt-a = El botón “Sort by date” (Ordenar por fecha).
item-prb-013-opt-b = La casilla “Location” (Ubicación): ahí escribe su ciudad o su código postal.
item-prb-013-opt-c = El botón “Print” (Imprimir).

# prb-014
item-prb-014-prompt = Esto es un anuncio de trabajo. Toque el lugar donde dice cómo postularse.
item-prb-014-region-title = El nombre del puesto: “Warehouse worker” (Trabajador de almacén).
item-prb-014-region-salary = El sueldo: 19 dólares con 50 centavos la hora.
item-prb-014-region-howto = La sección “How to apply” (Cómo postularse).
item-prb-014-region-save = El botón “Save to favourites” (Guardar en favoritos).
item-prb-014-region-report = El enlace “Report a problem” (Reportar un problema).

# prb-015
item-prb-015-prompt = Una empresa grande usa un sistema de computadora que lee los currículums antes de que los vea una persona. ¿Qué currículum tiene más posibilidades?
item-prb-015-opt-a = Una foto de su currículum en papel.
item-prb-015-opt-b = Un diseño sencillo, con títulos de sección comunes y palabras del anuncio de trabajo, en el tipo de archivo que piden.
item-prb-015-opt-c = Un diseño con muchas tablas, imágenes y letras elegantes.
item-prb-015-opt-d = El mismo currículum general para todos los trabajos, sin palabras del anuncio.

# prb-016
item-prb-016-prompt = En este sitio de empleo de práctica, postúlese al trabajo: suba su currículum, escriba un mensaje corto al empleador y toque “Submit” (Enviar).
item-prb-016-cat-0 = La solicitud no se envió.
item-prb-016-cat-1 = La solicitud se envió después de una pista.
item-prb-016-cat-2 = La solicitud se envió sin ayuda.

# prb-017
item-prb-017-prompt = En este sitio de perfiles profesionales de práctica, escriba un titular para su perfil, agregue su último trabajo con sus fechas y habilidades, agregue un enlace a su portafolio con muestras de su trabajo, y haga que los reclutadores puedan ver su perfil.
item-prb-017-cat-0 = El perfil no se completó.
item-prb-017-cat-1 = El perfil se completó después de una pista.
item-prb-017-cat-2 = El perfil se completó sin ayuda.
