# Item messages: Items for NLN 9 to 12 (advanced module) and thin competences (español, machine-drafted)

item-inf-201-prompt = Quiere páginas sobre permisos de trabajo solo del sitio canada.ca. ¿Qué escribe en el buscador?
item-inf-201-opt-a = site:canada.ca work permit
item-inf-201-opt-b = canada work permit oficial
item-inf-201-opt-c = work permit canada.ca?

item-inf-202-prompt = Una publicación comparte un estudio de salud. ¿Cuál es la mejor señal de que el resultado es confiable?
item-inf-202-opt-a = La publicación tiene miles de me gusta.
item-inf-202-opt-b = El estudio está en una revista revisada por pares y otros estudios encuentran lo mismo.
item-inf-202-opt-c = El sitio se ve moderno y profesional.

item-inf-203-prompt = En una carpeta compartida por un equipo, poner la fecha o un número de versión en el nombre de los archivos ayuda a todos a encontrar el más reciente. ¿Verdadero o falso?

item-com-201-prompt = Cinco personas editan un documento en línea. ¿Cómo sabe quién cambió un párrafo ayer?
item-com-201-opt-a = Imprimir el documento y comparar.
item-com-201-opt-b = Escribir a todos y preguntar.
item-com-201-opt-c = Abrir el historial de versiones.

item-com-202-prompt = Cuando borra una publicación, también se borran todas las copias que otras personas guardaron o compartieron. ¿Verdadero o falso?

item-srv-201-prompt = Quiere pagar una factura en su banca en línea. ¿Qué muestra mejor que está en el sitio real del banco?
item-srv-201-opt-a = Usted mismo escribió la dirección del banco y la barra muestra el dominio propio del banco.
item-srv-201-opt-b = La página tiene el logo y los colores del banco.
item-srv-201-opt-c = Una ventana emergente dice que el sitio está verificado.

item-srv-202-prompt = Una llave de acceso (passkey) o una llave de seguridad física protege mejor una cuenta contra páginas falsas de inicio de sesión que un código por mensaje de texto. ¿Verdadero o falso?

item-saf-201-prompt = Publica una foto tomada en su casa. ¿Qué información oculta del archivo puede mostrar dónde vive?
item-saf-201-opt-a = El perfil de color.
item-saf-201-opt-b = Los datos de ubicación (GPS) guardados con la foto.
item-saf-201-opt-c = El tamaño del archivo.

item-saf-202-prompt = Si el texto de un enlace muestra la dirección de su banco, el enlace siempre abre su banco. ¿Verdadero o falso?

item-cre-201-prompt = Encuentra una foto en línea con licencia CC BY-NC. Quiere usarla en un volante que reparte gratis. ¿Qué debe hacer?
item-cre-201-opt-a = Nada: todo lo que está en internet se puede usar.
item-cre-201-opt-b = Pagarle al fotógrafo antes de usarla.
item-cre-201-opt-c = Nombrar al fotógrafo; puede usarla porque el volante no se vende.

item-cre-202-prompt = En una hoja de cálculo, cuando copia la fórmula =B2*$E$1 hacia abajo en una columna, la celda $E$1 queda igual en todas las filas. ¿Verdadero o falso?

item-prb-201-prompt = Un chat de IA le da tres fuentes para un informe. ¿Qué hace antes de usarlas?
item-prb-201-opt-a = Abrir cada fuente y comprobar que existe y dice lo que afirma la IA.
item-prb-201-opt-b = Copiarlas: las herramientas de IA no inventan fuentes.
item-prb-201-opt-c = Preguntarle a la IA si está segura y usarlas si dice que sí.

item-prb-202-prompt = Todos los certificados de cursos gratuitos en línea son aceptados por los empleadores canadienses como título profesional. ¿Verdadero o falso?

item-prb-203-prompt = Una empresa a la que se postuló le envía un cheque por más que su primer sueldo y le pide devolver la diferencia por e-Transfer. ¿Qué es esto?
item-prb-203-opt-a = Una forma normal de empezar un trabajo.
item-prb-203-opt-b = Una estafa con cheque falso.
item-prb-203-opt-c = Un beneficio del gobierno.

item-saf-203-prompt = El control parental puede limitar las aplicaciones que instala un niño, pero igual hace falta hablar con el niño de lo que hace en internet. ¿Verdadero o falso?

item-saf-204-prompt = Alguien publica en línea fotos íntimas de su amiga sin su consentimiento. ¿Cuál es el mejor consejo para ella?
item-saf-204-opt-a = Responderle a esa persona con amenazas.
item-saf-204-opt-b = Borrar sus propias cuentas y no decir nada.
item-saf-204-opt-c = Guardar pruebas, denunciar las publicaciones a la plataforma y contactar a la policía o a un servicio de apoyo.

item-cre-203-prompt = Si cambia algunas palabras de un artículo de un sitio web, puede publicarlo como trabajo propio sin nombrar la fuente. ¿Verdadero o falso?

item-cre-204-prompt = Escribe un informe largo. ¿Qué lo hace más fácil de leer con un lector de pantalla y de crear un índice?
item-cre-204-opt-a = Usar los estilos de título incorporados (Título 1, Título 2).
item-cre-204-opt-b = Poner los títulos en negrita y más grandes a mano.
item-cre-204-opt-c = Escribir los títulos en mayúsculas.

item-srv-203-prompt = Con el depósito automático de Interac e-Transfer, quien envía igual debe darle una pregunta de seguridad antes de que llegue el dinero. ¿Verdadero o falso?

item-srv-204-prompt = Quiere ver sus comprobantes de impuestos en CRA My Account, pero no tiene cuenta bancaria en Canadá. ¿Cómo puede entrar igual?
item-srv-204-opt-a = Solo llamando a un amigo que tenga cuenta bancaria.
item-srv-204-opt-b = Con un usuario y contraseña de GCKey.
item-srv-204-opt-c = No se puede entrar sin un banco canadiense.

item-dev-201-prompt = Una copia de seguridad guardada solo en el mismo teléfono no protege sus fotos si el teléfono se pierde o se rompe. ¿Verdadero o falso?

item-dev-202-prompt = Un alumno ciego quiere que el teléfono lea la pantalla en voz alta. ¿Qué opción activa?
item-dev-202-opt-a = El modo oscuro.
item-dev-202-opt-b = El modo avión.
item-dev-202-opt-c = El lector de pantalla (TalkBack o VoiceOver).

item-dev-203-prompt = Un router Wi-Fi de casa es seguro con la contraseña de fábrica impresa en su etiqueta, así que nunca hace falta cambiar la contraseña de administrador del router. ¿Verdadero o falso?

item-dev-204-prompt = En una computadora, ¿qué teclas deshacen su último cambio?
item-dev-204-opt-a = Ctrl + Z (en Mac: Comando + Z)
item-dev-204-opt-b = Ctrl + P (en Mac: Comando + P)
item-dev-204-opt-c = Alt + F4

item-inf-204-prompt = Cuando traduce una carta oficial con una aplicación, debe revisar nombres, fechas y montos con el original, porque la aplicación puede cambiar su sentido. ¿Verdadero o falso?

item-inf-205-prompt = Un video muestra a un político diciendo algo impactante. ¿Qué le ayuda más a saber si es un deepfake?
item-inf-205-opt-a = El video es de alta calidad.
item-inf-205-opt-b = Mucha gente lo compartió hoy.
item-inf-205-opt-c = Ver si medios confiables informan lo mismo y buscar la fuente original.

item-com-203-prompt = Escribe a 40 padres sobre una salida escolar. No se conocen entre ellos. ¿Dónde pone sus direcciones?
item-com-203-opt-a = CCO
item-com-203-opt-b = Para
item-com-203-opt-c = CC

item-com-204-prompt = Usted organiza una clase en línea. Activar la sala de espera deja entrar a cualquiera con el enlace sin su aprobación. ¿Verdadero o falso?

item-prb-204-prompt = Su laptop se puso muy lenta después de instalar un programa nuevo y aparecen ventanas emergentes sin parar. ¿Qué hace primero?
item-prb-204-opt-a = Comprar más memoria para la laptop.
item-prb-204-opt-b = Desinstalar el programa nuevo y hacer un análisis con el programa de seguridad.
item-prb-204-opt-c = Hacer clic en las ventanas para cerrarlas una por una.

item-prb-205-prompt = Antes de pagar un curso en línea, comprobar si la institución está reconocida en su provincia puede ahorrarle dinero y tiempo. ¿Verdadero o falso?

item-saf-205-prompt = Usar la misma contraseña segura para todas sus cuentas es seguro, siempre que sea larga. ¿Verdadero o falso?

item-saf-206-prompt = Un correo le pide entrar en www.rnybank.ca. Su banco es www.mybank.ca. ¿Qué pasa?
item-saf-206-opt-a = Una dirección imitada: «rn» parece «m». Es phishing.
item-saf-206-opt-b = Una sucursal nueva de su banco.
item-saf-206-opt-c = Una forma corta normal del nombre del banco.

item-inf-206-prompt = Necesita la frase exacta «primera vivienda» en los resultados. ¿Qué escribe?
item-inf-206-opt-a = primera vivienda
item-inf-206-opt-b = "primera vivienda"
item-inf-206-opt-c = primera OR vivienda

item-prb-206-prompt = Es seguro pegar el nombre completo, el número de salud y las notas médicas de un cliente en un chat de IA público y gratuito para obtener un resumen. ¿Verdadero o falso?

item-com-205-prompt = Un empleador buscará su nombre en internet antes de una entrevista. ¿Cuál es la mejor preparación?
item-com-205-opt-a = Borrar todas sus cuentas en línea.
item-com-205-opt-b = Cambiar su nombre en todos los sitios.
item-com-205-opt-c = Buscar su propio nombre, revisar la privacidad y quitar u ocultar lo que no querría que viera un empleador.

item-srv-205-prompt = Cuando un formulario en línea caduca, se pueden perder las respuestas escritas, así que conviene escribir primero las respuestas largas en un documento aparte. ¿Verdadero o falso?

item-cre-205-prompt = Antes de publicar la foto de un cliente en un evento comunitario, necesita su permiso, aunque la foto sea bonita. ¿Verdadero o falso?

item-inf-207-prompt = Debe guardar archivos de trabajo siete años y encontrarlos rápido. ¿Qué sistema funciona mejor?
item-inf-207-opt-a = Carpetas por año y tema, con nombres de archivo que empiezan con la fecha.
item-inf-207-opt-b = Todos los archivos en el escritorio.
item-inf-207-opt-c = Cada archivo llamado final, final2, final3.

item-srv-206-prompt = En una consulta virtual, la plataforma del médico es segura, así que da igual atender la llamada en un lugar público lleno de gente. ¿Verdadero o falso?

item-com-206-prompt = Compartió una carpeta con un voluntario que ya se fue. ¿Qué hace?
item-com-206-opt-a = Nada: los enlaces viejos dejan de funcionar solos.
item-com-206-opt-b = Quitar el acceso del voluntario en la configuración para compartir la carpeta.
item-com-206-opt-c = Cambiar el nombre de la carpeta.

item-saf-207-prompt = Nota que mira el teléfono tarde en la noche y duerme mal. ¿Qué paso ayuda más?
item-saf-207-opt-a = Subir el brillo de la pantalla.
item-saf-207-opt-b = Instalar otra red social.
item-saf-207-opt-c = Programar un horario de descanso que silencie las notificaciones y cargar el teléfono fuera del dormitorio.

item-prb-207-prompt = Anotar qué tareas digitales todavía no puede hacer solo le ayuda a elegir el curso o tutorial adecuado. ¿Verdadero o falso?

item-inf-208-prompt = Un PDF de la municipalidad es solo una imagen escaneada, así que no puede copiar ni traducir el texto. ¿Qué ayuda?
item-inf-208-opt-a = Usar reconocimiento de texto (OCR) y luego traducir el texto.
item-inf-208-opt-b = Imprimirlo y escanearlo otra vez.
item-inf-208-opt-c = Cambiar el nombre del archivo.

item-dev-205-prompt = Cuando su almacenamiento en la nube está lleno, borrar un archivo del teléfono siempre lo borra también de la nube, en todas las aplicaciones. ¿Verdadero o falso?

item-com-207-prompt = Cada semana recibe muchos correos de la escuela de su hijo y se pierden. ¿Cuál es la mejor solución?
item-com-207-opt-a = Borrar todos los correos de la escuela sin leerlos.
item-com-207-opt-b = Crear una regla (filtro) que ponga los correos de la dirección de la escuela en una carpeta Escuela.
item-com-207-opt-c = Abrir una cuenta de correo nueva cada mes.

item-srv-207-prompt = Si una tienda en línea nunca entrega lo que pagó con tarjeta de crédito, puede pedirle a la compañía de la tarjeta que revierta el cargo. ¿Verdadero o falso?

item-com-208-prompt = En una clase en línea, todos oyen el ruido de su cuarto aunque su micrófono esté silenciado. ¿Verdadero o falso?

item-saf-208-prompt = Si alguien le manda mensajes amenazantes en línea una y otra vez, puede bloquearlo y guardar capturas de pantalla como prueba. ¿Verdadero o falso?

item-cre-206-prompt = Usa un gráfico de un informe del gobierno en su presentación. ¿Qué agrega?
item-cre-206-opt-a = Nada, porque el trabajo del gobierno es gratis.
item-cre-206-opt-b = Su propio nombre debajo del gráfico.
item-cre-206-opt-c = La fuente: el título del informe, el ministerio y el año.
