## Ítems: SRV, Usar servicios en línea en Canadá (enunciados, opciones, zonas, categorías de tareas)

# srv-001
item-srv-001-prompt = Usted está iniciando sesión en un sitio web. Le llega un mensaje de texto con un código de 6 números. ¿Qué hace con el código?
item-srv-001-opt-a = Darle el código a una persona que lo llama y se lo pide.
item-srv-001-opt-b = Escribir el código en la página de inicio de sesión.
item-srv-001-opt-c = Borrar el mensaje y no hacer nada.

# srv-002
item-srv-002-prompt = Usted olvidó su contraseña. Toque el lugar donde puede crear una contraseña nueva.
item-srv-002-region-email = La casilla para su dirección de correo electrónico.
item-srv-002-region-password = La casilla para su contraseña.
item-srv-002-region-signin = El botón “Sign in” (Iniciar sesión).
item-srv-002-region-forgot = El enlace “Forgot password?” (¿Olvidó su contraseña?).
item-srv-002-region-create = El enlace “Create an account” (Crear una cuenta).

# srv-003
item-srv-003-prompt = Con la verificación en dos pasos, usted inicia sesión con su contraseña y también con un código que le llega al teléfono. ¿Verdadero o falso?

# srv-004
item-srv-004-prompt = Usted quiere cambiar la contraseña olvidada de una cuenta en línea. Ponga los pasos en orden.
item-srv-004-opt-a = Abra el correo electrónico del sitio y toque el enlace.
item-srv-004-opt-b = Toque “Forgot password?” (¿Olvidó su contraseña?) en la página de inicio de sesión.
item-srv-004-opt-c = Escriba una contraseña nueva dos veces y toque “Save” (Guardar).
item-srv-004-opt-d = Escriba su dirección de correo electrónico y toque “Send” (Enviar).

# srv-005
item-srv-005-prompt = Usted activa la verificación en dos pasos. El sitio le muestra 10 códigos de respaldo. ¿Qué es lo mejor que puede hacer con ellos?
item-srv-005-opt-a = No hacerles caso, porque usted siempre tiene su teléfono.
item-srv-005-opt-b = Enviárselos a un amigo por correo electrónico, por si acaso.
item-srv-005-opt-c = Guardarlos en un lugar seguro, como un administrador de contraseñas o en papel en su casa.
item-srv-005-opt-d = Publicarlos en el chat del grupo de su familia.

# srv-006
item-srv-006-prompt = Mire este formulario. ¿Qué quiere decir la estrella roja al lado de una casilla?
item-srv-006-opt-a = La respuesta en esta casilla está mal.
item-srv-006-opt-b = Usted puede dejar esta casilla vacía.
item-srv-006-opt-c = Usted tiene que llenar esta casilla.

# srv-007
item-srv-007-prompt = El formulario le pide una foto de su tarjeta de residente permanente. Toque el lugar donde se agrega el archivo.
item-srv-007-region-name = La casilla “Family name” (Apellido).
item-srv-007-region-upload = El botón “Upload file” (Subir archivo).
item-srv-007-region-help = El enlace “Help” (Ayuda).
item-srv-007-region-cancel = El botón “Cancel” (Cancelar).
item-srv-007-region-next = El botón “Next” (Siguiente).

# srv-008
item-srv-008-prompt = Usted tiene que enviar una foto de la página de su pasaporte. ¿Qué foto es buena para enviar?
item-srv-008-opt-a = Una foto borrosa.
item-srv-008-opt-b = Una foto donde su dedo tapa una parte de la página.
item-srv-008-opt-c = Una foto clara que muestra toda la página y sus cuatro esquinas.
item-srv-008-opt-d = Una foto oscura con un punto de luz brillante sobre la página.

# srv-009
item-srv-009-prompt = En este formulario de práctica, escriba su nombre y su fecha de nacimiento, agregue la foto de su documento y toque “Submit” (Enviar).
item-srv-009-cat-0 = El formulario no se envió.
item-srv-009-cat-1 = El formulario se envió después de una pista.
item-srv-009-cat-2 = El formulario se envió sin ayuda.

# srv-010
item-srv-010-prompt = El formulario dice: “Upload a PDF, 4 MB maximum” (Suba un PDF, de 4 MB como máximo). Su foto es un archivo JPG de 9 MB. ¿Qué puede hacer?
item-srv-010-opt-a = Saltar esta pregunta y enviar el formulario.
item-srv-010-opt-b = Cambiar el final del nombre del archivo de .jpg a .pdf.
item-srv-010-opt-c = Tratar de subir el mismo archivo muchas veces.
item-srv-010-opt-d = Usar una aplicación de escáner para guardar la foto como un PDF más pequeño, y después subirlo.

# srv-011
item-srv-011-prompt = Antes de una cita por video con un médico, no hace falta probar su cámara ni su micrófono. ¿Verdadero o falso?

# srv-012
item-srv-012-prompt = Su hijo está enfermo hoy. Toque el lugar donde le avisa a la escuela que su hijo no va a ir.
item-srv-012-region-grades = La opción del menú “Grades” (Calificaciones).
item-srv-012-region-attendance = La opción del menú “Attendance: report an absence” (Asistencia: avisar una ausencia).
item-srv-012-region-lunch = La opción del menú “Lunch menu” (Menú del almuerzo).
item-srv-012-region-calendar = La opción del menú “Calendar” (Calendario).
item-srv-012-region-signout = El botón “Sign out” (Cerrar sesión).

# srv-013
item-srv-013-prompt = Usted pidió en línea la ciudadanía canadiense. Quiere saber si hay noticias sobre su solicitud. ¿Dónde busca?
item-srv-013-opt-a = En su cuenta en el sitio web de IRCC.
item-srv-013-opt-b = En un grupo de Facebook sobre inmigración.
item-srv-013-opt-c = En un mensaje de texto de un número desconocido que le pide pagar una tarifa.

# srv-014
item-srv-014-prompt = Usted quiere pedir una cita en una clínica por internet. Ponga los pasos en orden.
item-srv-014-opt-a = Elija un día y una hora.
item-srv-014-opt-b = Revise el correo electrónico de confirmación.
item-srv-014-opt-c = Abra la página de citas de la clínica.
item-srv-014-opt-d = Toque “Book appointment” (Reservar cita).

# srv-015
item-srv-015-prompt = En esta aplicación de clínica de práctica, encuentre su cita de hoy y entre a la videollamada con la cámara y el micrófono encendidos.
item-srv-015-cat-0 = No entró a la llamada.
item-srv-015-cat-1 = Entró a la llamada después de una pista.
item-srv-015-cat-2 = Entró a la llamada sin ayuda.

# srv-016
item-srv-016-prompt = Usted quiere pagar su factura de electricidad en la aplicación de su banco. ¿Qué necesita de la factura?
item-srv-016-opt-a = Su número de seguro social.
item-srv-016-opt-b = El número de cuenta que aparece en la factura.
item-srv-016-opt-c = La contraseña del sitio web de la compañía de electricidad.

# srv-017
item-srv-017-prompt = Usted quiere enviarle dinero a un amigo por Interac e-Transfer. Toque el lugar donde empieza.
item-srv-017-region-accounts = El botón “Accounts” (Cuentas).
item-srv-017-region-paybills = El botón “Pay bills” (Pagar facturas).
item-srv-017-region-etransfer = El botón “Send money with Interac e-Transfer” (Enviar dinero con Interac e-Transfer).
item-srv-017-region-deposit = El botón “Deposit a cheque” (Depositar un cheque).
item-srv-017-region-menu = El botón del menú, arriba a la derecha.

# srv-018
item-srv-018-prompt = Usted activa “Autodeposit” (depósito automático) para Interac e-Transfer en la aplicación de su banco. ¿Qué cambia?
item-srv-018-opt-a = El dinero que le envían a su correo electrónico o a su número de teléfono entra a su cuenta de inmediato, sin pregunta de seguridad.
item-srv-018-opt-b = Sus facturas se pagan solas cada mes.
item-srv-018-opt-c = Cualquier persona puede sacar dinero de su cuenta sin preguntarle.
item-srv-018-opt-d = Usted tiene que contestar una pregunta de seguridad para cada depósito.
