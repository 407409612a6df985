# Item messages: Observed and mock-app tasks, scored not solved / solved after a hint / solved alone (español, machine-drafted)

item-dev-301-prompt = Encienda el teléfono.

item-dev-302-prompt = Conecte el cargador al teléfono.

item-dev-303-prompt = Suba el volumen.

item-com-301-prompt = El teléfono está sonando. Conteste la llamada.

item-com-302-prompt = Termine la llamada.

item-cre-301-prompt = Tome una foto de la mesa.

item-dev-304-prompt = Abra las fotos y muéstreme la última.

item-com-303-prompt = Escuche el mensaje de voz que le mandó su amigo.

item-dev-305-prompt = Desbloquee el teléfono con su PIN.

item-dev-306-prompt = Abra la aplicación del reloj desde la pantalla de inicio.

item-com-304-prompt = Llame al contacto Amal desde su lista de contactos.

item-dev-307-prompt = Está en una aplicación. Vuelva a la pantalla de inicio.

item-com-305-prompt = Grabe un mensaje de voz corto y mándeselo a Amal.

item-dev-308-prompt = Ponga el teléfono en silencio.

item-com-306-prompt = Haga una videollamada a Amal.

item-com-307-prompt = Mande la última foto a Amal por chat.

item-dev-309-prompt = Conéctese a la red Wi-Fi llamada Library. La contraseña está en la tarjeta.

item-inf-301-prompt = Abra el enlace que Amal le mandó por chat.

item-inf-302-prompt = Busque la biblioteca pública en el mapa e inicie las indicaciones a pie.

item-srv-301-prompt = Escriba su nombre y su número de teléfono en el formulario y toque Submit.

item-com-308-prompt = Escriba un correo a la maestra, adjunte la foto del formulario y envíelo.

item-srv-302-prompt = Cree una cuenta en el sitio de práctica. Use el código que llega por mensaje de texto para terminar.

item-com-309-prompt = Entre a la clase de video de práctica con el enlace, luego silencie y active su micrófono.

item-saf-301-prompt = Cambie la configuración para que solo sus amigos vean sus publicaciones.

item-srv-303-prompt = Tome una foto de la tarjeta de identidad de práctica y súbala al formulario.

item-srv-304-prompt = Active la verificación en dos pasos en la cuenta de correo de práctica.

item-com-310-prompt = Comparta el archivo de práctica con Amal para que pueda verlo pero no cambiarlo.

item-cre-302-prompt = En el documento, haga una tabla de tres columnas: fecha, lugar, hora.

item-cre-303-prompt = Guarde el documento de práctica como archivo PDF.

item-prb-301-prompt = El teléfono no se conecta al Wi-Fi guardado. Olvide la red y vuelva a conectarse.

item-cre-304-prompt = En la hoja de cálculo de práctica, sume la columna de precios con una fórmula.

item-com-311-prompt = Programe una respuesta automática de ausencia para la próxima semana en el correo de práctica.

item-cre-305-prompt = En la hoja de presupuesto de práctica, escriba una fórmula que multiplique cada monto por la tasa de impuesto de la celda E1 y cópiela hacia abajo.

item-saf-302-prompt = Instale el gestor de contraseñas de práctica, guarde un nuevo inicio de sesión y deje que cree una contraseña segura.

item-cre-306-prompt = Haga una carta para 20 clientes con una plantilla y la lista de práctica de nombres y direcciones (combinación de correspondencia).

item-com-312-prompt = Cree un calendario de equipo compartido. Dé a dos colegas permiso para agregar eventos y a uno solo permiso para ver.

item-cre-307-prompt = Haga accesible el informe de práctica: use estilos de título, agregue texto alternativo a la imagen y corrija lo que encuentre el comprobador de accesibilidad.

item-inf-303-prompt = Restaure la versión de ayer del documento de práctica desde el historial de versiones.

item-cre-308-prompt = Con la lista de ventas de práctica, haga una tabla dinámica que muestre el total de cada mes.

item-dev-310-prompt = En la página del router de práctica, active una red Wi-Fi de invitados con su propia contraseña.

item-saf-303-prompt = Antes de compartir la foto de práctica, compruebe si tiene datos de ubicación y quítelos.

item-inf-304-prompt = Averigüe dónde apareció primero la foto de noticia de práctica, con una búsqueda inversa de imágenes.

item-prb-302-prompt = Postúlese a la oferta de empleo de práctica: adapte su currículum a sus palabras clave, súbalo en PDF y envíe.

item-prb-303-prompt = Use el asistente de IA de práctica para escribir una carta corta a un arrendador, y luego revise y corrija cada dato.

item-dev-311-prompt = Agrande el texto del teléfono en la configuración.

item-dev-312-prompt = Encuentre el archivo de práctica que acaba de descargar y ábralo.

item-dev-313-prompt = Copie la dirección del mensaje y péguela en la búsqueda del mapa.

item-saf-304-prompt = Ponga un bloqueo de pantalla con PIN en el teléfono de práctica.

item-prb-304-prompt = La aplicación de práctica está congelada. Ciérrela por completo y ábrala de nuevo.

item-inf-305-prompt = Abra la página web de práctica en inglés y haga que el navegador la traduzca a su idioma.

item-srv-305-prompt = En la aplicación bancaria de práctica, envíe $20 por e-Transfer al correo de Amal.

item-prb-305-prompt = Busque un video corto en su idioma que muestre cómo adjuntar un archivo a un correo.

item-prb-306-prompt = En el sitio de empleo de práctica, cree una alerta para trabajos de cocinero en su ciudad.

item-srv-306-prompt = En el portal de salud de práctica, reserve la primera cita libre de la próxima semana y agréguela al calendario del teléfono.

item-saf-305-prompt = Haga la revisión de privacidad de la cuenta de práctica y desactive la personalización de anuncios y el historial de ubicaciones.

item-saf-306-prompt = En la bandeja de entrada de práctica, encuentre el correo de phishing, denúncielo como phishing y bloquee al remitente.

item-saf-307-prompt = En la tableta de práctica, ponga un límite diario de una hora de pantalla para los juegos.

item-inf-306-prompt = De los tres sitios de práctica, encuentre el oficial del gobierno y muestre cómo lo sabe.

item-com-313-prompt = En la reunión de video de práctica, comparta su pantalla y muestre el documento de práctica.

item-com-314-prompt = Cambie el perfil de la cuenta de práctica para que muestre su nombre y una foto adecuada, y oculte su número de teléfono.

item-dev-314-prompt = Deslice hacia arriba en la pantalla para abrir el teléfono.

item-dev-315-prompt = Baje el volumen.

item-dev-316-prompt = Abra la cámara desde la pantalla de inicio.

item-com-315-prompt = Llame al número de teléfono escrito en esta tarjeta.

item-cre-309-prompt = Grabe un video corto de la ventana.

item-dev-317-prompt = Apague el teléfono.

item-dev-318-prompt = Cierre la aplicación en la que está.

item-com-316-prompt = Mande el mensaje Hola a Amal.

item-dev-319-prompt = Escriba su nombre en el cuadro de mensaje.

item-cre-310-prompt = Borre la última foto que tomó.

item-com-317-prompt = Amal le hace una videollamada. Conteste y encienda su cámara.

item-dev-320-prompt = Desactive los datos móviles y luego actívelos otra vez.

item-inf-307-prompt = Con la búsqueda avanzada, encuentre solo archivos PDF sobre derechos de inquilinos en el sitio de la provincia.

item-prb-307-prompt = Haga una copia de seguridad del teléfono de práctica en la nube y compruebe que terminó.

item-com-318-prompt = Cree una carpeta de equipo donde los miembros puedan subir archivos pero solo usted pueda borrarlos.

item-saf-308-prompt = Revise la actividad de inicio de sesión de la cuenta de práctica y cierre la sesión en todos los dispositivos que no conoce.

item-srv-307-prompt = Guarde los códigos de recuperación de la cuenta de práctica en un lugar seguro que no sea el teléfono.

item-prb-308-prompt = Haga la autoevaluación del curso en línea de práctica y elija su próximo módulo según los resultados.

item-cre-311-prompt = Edite el video de práctica: corte los primeros segundos, agregue subtítulos y guárdelo.

item-prb-309-prompt = Programe la entrevista de trabajo de práctica como videollamada, envíe la invitación con el enlace y ponga un recordatorio.

item-inf-308-prompt = Compare la página de práctica con su traducción automática y señale dos lugares donde cambió el sentido.

item-dev-321-prompt = Configure el teléfono de práctica para un alumno con baja visión: texto grande, lupa y dictado por voz.

item-com-319-prompt = En la bandeja de práctica, use la búsqueda para encontrar todos los correos de la escuela que tienen un adjunto.

item-saf-309-prompt = En un Wi-Fi público, active la VPN de práctica y compruebe que está conectada.

task-cat-not-solved = No lo logró
task-cat-after-hint = Lo logró después de una pista
task-cat-alone = Lo logró solo
