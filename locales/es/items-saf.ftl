## Ítems: SAF, Seguridad, privacidad, bienestar (enunciados, opciones, zonas, categorías de tareas)

# saf-001
item-saf-001-prompt = ¿Qué teléfono es el más seguro si usted lo pierde?
item-saf-001-opt-a = Un teléfono con el PIN escrito en una etiqueta pegada atrás.
item-saf-001-opt-b = Un teléfono que se abre solo con deslizar el dedo.
item-saf-001-opt-c = Un teléfono que pide un PIN o su huella digital para abrirse.

# saf-002
item-saf-002-prompt = ¿Cuál es la contraseña más segura?
item-saf-002-opt-a = 123456
item-saf-002-opt-b = Amina1990
item-saf-002-opt-c = river-lamp-orange-47
item-saf-002-opt-d = password

# saf-003
item-saf-003-prompt = Cuando su teléfono dice que hay una actualización lista, es mejor no instalarla nunca. ¿Verdadero o falso?

# saf-004
item-saf-004-prompt = Usted vive en Calgary. Usa solo su teléfono Android y su computadora portátil Windows. Esta lista muestra los inicios de sesión recientes en su cuenta de correo electrónico. Toque el inicio de sesión que probablemente no fue usted.
item-saf-004-region-row1 = Hoy, 9:12 a. m., teléfono Android, Calgary, Alberta.
item-saf-004-region-row2 = Hoy, 3:47 a. m., computadora Linux desconocida, Róterdam, Países Bajos.
item-saf-004-region-row3 = Ayer, 8:05 p. m., computadora portátil Windows, Calgary, Alberta.
item-saf-004-region-row4 = Lunes, 7:30 a. m., teléfono Android, Calgary, Alberta.
item-saf-004-region-secure = El botón “Secure your account” (Proteger su cuenta).

# saf-005
item-saf-005-prompt = En este administrador de contraseñas de práctica, cree una contraseña nueva y segura para su cuenta del portal de la escuela, guárdela con la dirección web del portal, y después bloquee el administrador.
item-saf-005-cat-0 = No lo hizo.
item-saf-005-cat-1 = Lo hizo después de una pista.
item-saf-005-cat-2 = Lo hizo sin ayuda.

# saf-006
item-saf-006-prompt = Usted guarda todas sus contraseñas en un administrador de contraseñas. ¿Qué lo protege mejor?
item-saf-006-opt-a = La contraseña maestra guardada en una nota en su teléfono.
item-saf-006-opt-b = La misma contraseña maestra de su correo electrónico, para no olvidarla.
item-saf-006-opt-c = Una contraseña maestra larga que no usa en ningún otro lugar, y la verificación en dos pasos en el administrador.
item-saf-006-opt-d = El bloqueo automático apagado, para no tener que escribir seguido la contraseña maestra.

# saf-007
item-saf-007-prompt = ¿Qué foto no debe publicar nunca en internet?
item-saf-007-opt-a = Una foto de la carta con su número de seguro social.
item-saf-007-opt-b = Una foto de un parque.
item-saf-007-opt-c = Una foto de su comida.

# saf-008
item-saf-008-prompt = Una tienda en internet le pide su número de seguro social para enviarle su pedido. Usted debe dárselo. ¿Verdadero o falso?

# saf-009
item-saf-009-prompt = Usted instala una aplicación de linterna. La aplicación pide ver sus contactos y su ubicación. ¿Qué toca?
item-saf-009-opt-a = “Allow” (Permitir): usted dice que sí.
item-saf-009-opt-b = “Don't allow” (No permitir): usted dice que no.
item-saf-009-opt-c = “Allow all the time” (Permitir siempre): usted dice que sí todo el tiempo.

# saf-010
item-saf-010-prompt = Usted quiere que una aplicación de compras ya no vea dónde está usted. Ponga los pasos en orden.
item-saf-010-opt-a = Toque “Permissions” (Permisos).
item-saf-010-opt-b = Abra “Settings” (Configuración).
item-saf-010-opt-c = Toque “Location” (Ubicación) y después “Don't allow” (No permitir).
item-saf-010-opt-d = Toque “Apps” (Aplicaciones) y elija la aplicación de compras.

# saf-011
item-saf-011-prompt = Una aplicación para editar fotos solo necesita las fotos que usted elige. Sus permisos son: Fotos, todas las fotos; Ubicación, siempre; Contactos, permitido; Micrófono, permitido. ¿Cuál es la mejor configuración?
item-saf-011-opt-a = Permitir todo, pero solo mientras usa la aplicación.
item-saf-011-opt-b = Dejar todo como está, porque la aplicación es gratis.
item-saf-011-opt-c = Apagar Fotos y dejar Ubicación: siempre.
item-saf-011-opt-d = Fotos: solo las fotos elegidas. Apagar Ubicación, Contactos y Micrófono.

# saf-012
item-saf-012-prompt = Escuche esta llamada: Le habla la Agencia de Ingresos de Canadá. Usted debe impuestos. Pague hoy con tarjetas de regalo, o la policía lo va a arrestar. ¿Qué es esta llamada?
item-saf-012-opt-a = Una llamada real de la policía: usted da su dirección.
item-saf-012-opt-b = Una llamada real del gobierno: usted paga con tarjetas de regalo.
item-saf-012-opt-c = Una estafa: usted cuelga.

# saf-013
item-saf-013-prompt = Su banco es Maple Bank, y su sitio web es maplebank.ca. Este correo electrónico parece real. Toque la parte que muestra que no viene de su banco.
item-saf-013-region-logo = El logo de Maple Bank.
item-saf-013-region-sender = El remitente: alerts@maplebank.ca-secure-login.com
item-saf-013-region-greeting = El saludo: “Hello Amina” (Hola, Amina).
item-saf-013-region-message = El mensaje: “We noticed a new sign-in. Please review your account.” (Vimos un nuevo inicio de sesión. Por favor revise su cuenta.)
item-saf-013-region-button = El botón “Review account” (Revisar cuenta).

# saf-014
item-saf-014-prompt = Usted recibe un mensaje de WhatsApp: Trabajo desde casa, 400 dólares al día, sin entrevista. Envíe 50 dólares para su kit de capacitación. ¿Qué es esto?
item-saf-014-opt-a = Probablemente una estafa: no pague y no conteste.
item-saf-014-opt-b = Un buen trabajo: envíe los 50 dólares rápido.
item-saf-014-opt-c = Una oferta de trabajo real de Job Bank.

# saf-015
item-saf-015-prompt = Un código QR en una etiqueta pegada en un estacionamiento siempre abre el sitio web de pago verdadero. ¿Verdadero o falso?

# saf-016
item-saf-016-prompt = Su teléfono suena y es un número desconocido. Usted oye la voz de su hijo, llorando: Tuve un accidente. Mándame 2000 dólares por e-Transfer ahora mismo. No le digas a nadie. ¿Qué es lo más seguro que puede hacer?
item-saf-016-opt-a = Colgar y llamar a su hijo a su número de siempre.
item-saf-016-opt-b = Devolver la llamada al número que lo acaba de llamar, para comprobar.
item-saf-016-opt-c = Pedirle a la persona que llama que diga su fecha de nacimiento.
item-saf-016-opt-d = Enviar el dinero, porque de verdad es su voz.

# saf-017
item-saf-017-prompt = Usted vende un teléfono por internet. El comprador le envía un correo electrónico que parece venir de Interac: El pago de 300 dólares está retenido. Se va a liberar cuando usted le envíe al comprador 100 dólares para el envío. ¿Qué es verdad?
item-saf-017-opt-a = Usted debe enviar los 100 dólares para recibir los 300 dólares.
item-saf-017-opt-b = Interac nunca retiene un pago hasta que usted le pague a alguien. El correo es falso: revise en la aplicación de su banco.
item-saf-017-opt-c = El correo es real porque tiene el logo de Interac.
item-saf-017-opt-d = Usted debe responder al correo con la contraseña de su banco para liberar el dinero.

# saf-018
item-saf-018-prompt = Usted quiere limitar los juegos en la tableta de su hijo a una hora por día. Ponga los pasos en orden.
item-saf-018-opt-a = Toque “Screen Time” (Tiempo de pantalla).
item-saf-018-opt-b = Elija “Games” (Juegos), ponga 1 hora y toque “Add” (Agregar).
item-saf-018-opt-c = Abra “Settings” (Configuración).
item-saf-018-opt-d = Toque “App Limits” (Límites de apps) y después “Add Limit” (Agregar límite).

# saf-019
item-saf-019-prompt = Alguien le envía mensajes con insultos en esta aplicación de redes sociales de práctica. Bloquee a esta persona y reporte los mensajes.
item-saf-019-cat-0 = No lo hizo.
item-saf-019-cat-1 = Lo hizo después de una pista.
item-saf-019-cat-2 = Lo hizo sin ayuda.
