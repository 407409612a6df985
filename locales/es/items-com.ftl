# Mensajes de los ítems: COM (español)

item-com-001-prompt = Su teléfono está sonando. Toque el lugar para contestar la llamada.
item-com-001-region-decline = El botón redondo rojo con un teléfono, abajo a la izquierda
item-com-001-region-answer = El botón redondo verde con un teléfono, abajo a la derecha
item-com-001-region-message = El globo de diálogo encima del botón rojo
item-com-001-region-remind = El reloj encima del botón verde

item-com-002-prompt = En WhatsApp, ¿qué botón mantiene apretado para grabar un mensaje de voz?
item-com-002-opt-a = Un micrófono.
item-com-002-opt-b = Una cámara.
item-com-002-opt-c = Un clip para papel.
item-com-002-opt-d = Una cara sonriente.

item-com-003-prompt = Ponga las imágenes en orden para enviar una foto a un amigo en WhatsApp.
item-com-003-opt-a = Elija la foto.
item-com-003-opt-b = Abra WhatsApp.
item-com-003-opt-c = Toque la flecha verde de enviar, “Send”.
item-com-003-opt-d = Toque el nombre de su amigo.
item-com-003-opt-e = Toque el clip.

item-com-004-prompt = En una videollamada, usted ve el botón de la cámara tachado con una raya. Esto quiere decir que la otra persona todavía lo puede ver a usted. ¿Verdadero o falso?

item-com-005-prompt = Usted recibió un correo electrónico de la escuela de su hijo. Toque el botón para contestarle solo a la persona que lo escribió.
item-com-005-region-reply = El botón “Reply” (Responder), con una flecha curva hacia la izquierda
item-com-005-region-reply-all = El botón “Reply all” (Responder a todos), con dos flechas curvas hacia la izquierda
item-com-005-region-forward = El botón “Forward” (Reenviar), con una flecha hacia la derecha
item-com-005-region-delete = El botón del bote de basura

item-com-006-prompt = Escríbale un correo electrónico a su trabajadora de asentamiento y adjunte la foto de su contrato de alquiler. Después, toque “Send” (Enviar).
item-com-006-cat-0 = No resuelto
item-com-006-cat-1 = Resuelto después de una pista
item-com-006-cat-2 = Resuelto sin ayuda

item-com-007-prompt = Usted envía un solo correo electrónico a diez padres de la clase de su hijo. Ellos no se conocen. ¿Dónde pone sus direcciones para que no puedan ver las direcciones de los demás?
item-com-007-opt-a = En el campo “To” (Para).
item-com-007-opt-b = En el campo “Cc” (Copia).
item-com-007-opt-c = En el campo “Bcc” (Copia oculta).
item-com-007-opt-d = En el campo “Subject” (Asunto).

item-com-008-prompt = Los correos de la carpeta “Spam” (correo no deseado) siempre son peligrosos, así que nunca debe mirar en esa carpeta. ¿Verdadero o falso?

item-com-009-prompt = Usted está en una clase en línea. Toque el botón que apaga su micrófono.
item-com-009-region-mic = El botón del micrófono, abajo a la izquierda
item-com-009-region-camera = El botón de la cámara de video
item-com-009-region-chat = El botón del globo de diálogo
item-com-009-region-hand = El botón de la mano levantada
item-com-009-region-leave = El botón rojo, abajo a la derecha

item-com-010-prompt = Ponga los pasos en orden para entrar a su clase de inglés en línea desde el correo electrónico de su maestra.
item-com-010-opt-a = Escriba su nombre.
item-com-010-opt-b = Toque el enlace de la reunión.
item-com-010-opt-c = Toque “Join” (Unirse).
item-com-010-opt-d = Abra el correo electrónico de su maestra.

item-com-011-prompt = En la clase en línea, levante la mano. Cuando la maestra diga su nombre, encienda su micrófono y su cámara.
item-com-011-cat-0 = No resuelto
item-com-011-cat-1 = Resuelto después de una pista
item-com-011-cat-2 = Resuelto sin ayuda

item-com-012-prompt = Su médico le envió un enlace para una cita por video a las 10:00. ¿Qué es lo mejor que puede hacer?
item-com-012-opt-a = Esperar a que el médico lo llame a su número de teléfono.
item-com-012-opt-b = Abrir el enlace a las 10:15, mientras va en el autobús.
item-com-012-opt-c = Apagar el Wi-Fi para ahorrar datos y después abrir el enlace.
item-com-012-opt-d = Unos minutos antes de las 10:00, ir a un lugar tranquilo y privado y probar el enlace, la cámara y el sonido.

item-com-013-prompt = Usted quiere compartir un archivo de Google Drive con su maestra. ¿Qué botón toca?
item-com-013-opt-a = Una persona con un signo de más y la palabra “Share” (Compartir).
item-com-013-opt-b = Un bote de basura y la palabra “Remove” (Quitar).
item-com-013-opt-c = Una estrella y las palabras “Add to Starred” (Destacar).
item-com-013-opt-d = Una impresora y la palabra “Print” (Imprimir).

item-com-014-prompt = Usted comparte un enlace a su documento. El enlace tiene la opción “Anyone with the link can edit” (cualquier persona con el enlace puede editar). ¿Qué puede pasar?
item-com-014-opt-a = Solo las personas de sus contactos lo pueden abrir.
item-com-014-opt-b = Usted es la única persona que puede cambiar el documento.
item-com-014-opt-c = Las personas lo pueden leer, pero nadie lo puede cambiar.
item-com-014-opt-d = Cualquier persona que reciba el enlace puede cambiar o borrar su texto.

item-com-015-prompt = Comparta el archivo Resume.docx con su consejera de empleo, counsellor@example.org, para que ella pueda agregar comentarios pero no pueda cambiar su texto.
item-com-015-cat-0 = No resuelto
item-com-015-cat-1 = Resuelto después de una pista
item-com-015-cat-2 = Resuelto sin ayuda

item-com-016-prompt = Usted y dos compañeros de clase escriben un documento compartido. Esta mañana, alguien borró su parte sin querer. ¿Cuál es la mejor forma de recuperarla?
item-com-016-opt-a = Abrir el historial de versiones y recuperar su parte de una versión anterior.
item-com-016-opt-b = Volver a escribir su parte de memoria.
item-com-016-opt-c = Presionar “Undo” (Deshacer) en su propia computadora.
item-com-016-opt-d = Pedirles a sus compañeros que hagan un documento nuevo y empezar otra vez.

item-com-017-prompt = Usted administra una carpeta compartida de un grupo de voluntarios de la comunidad. La carpeta tiene formularios de inscripción con los números de teléfono de las personas. Un voluntario dejó el grupo. ¿Qué debe hacer?
item-com-017-opt-a = Pedirle al voluntario que prometa no volver a abrir la carpeta.
item-com-017-opt-b = Dejarle el acceso, por si el voluntario regresa.
item-com-017-opt-c = Cambiar el nombre de la carpeta para que el voluntario no la encuentre.
item-com-017-opt-d = Quitarle el acceso al voluntario, y revisar que la carpeta no esté compartida con “Anyone with the link” (cualquier persona con el enlace).

item-com-018-prompt = Escribir todo un mensaje en LETRAS MAYÚSCULAS puede parecer que usted está gritando. ¿Verdadero o falso?

item-com-019-prompt = Usted está buscando trabajo y enviando solicitudes. ¿Qué dirección de correo electrónico es mejor usar?
item-com-019-opt-a = partygirl99@hotmail.com
item-com-019-opt-b = amina.hassan@gmail.com
item-com-019-opt-c = bestcook_4ever@yahoo.com

item-com-020-prompt = Usted está buscando trabajo. Los empleadores pueden buscar su nombre en internet. ¿Qué es lo mejor que puede hacer?
item-com-020-opt-a = Buscar su propio nombre, poner sus cuentas personales en privado y mantener al día un perfil profesional.
item-com-020-opt-b = Borrar todas sus cuentas y no usar internet hasta que encuentre trabajo.
item-com-020-opt-c = Usar otro nombre en sus solicitudes de empleo para que los empleadores no lo encuentren en internet.
item-com-020-opt-d = No hacer nada. En Canadá, los empleadores no tienen permiso de mirar nada en internet.

item-com-021-prompt = Usted administra la página de redes sociales de una organización que atiende a recién llegados. Una clienta publica un comentario público con su nombre completo, su número de expediente y una queja porque le negaron su solicitud. ¿Cuál es la mejor respuesta?
item-com-021-opt-a = Responder en público con los detalles de su expediente, para mostrar que usted la está ayudando.
item-com-021-opt-b = Ocultar el comentario, como lo permiten las reglas de su organización, y responder en pocas palabras que usted se comunicará con ella en privado por un medio seguro.
item-com-021-opt-c = Borrar el comentario y bloquearla, para que la queja no se difunda.
item-com-021-opt-d = Dejar el comentario y no responder, porque ella decidió publicarlo.
