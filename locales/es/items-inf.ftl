# Mensajes de los ítems: INF (español)

item-inf-001-prompt = Usted quiere encontrar una dirección en el mapa. Toque el lugar donde se escribe la dirección.
item-inf-001-region-search = La barra blanca larga de arriba, con una lupa
item-inf-001-region-layers = El botón pequeño con cuadrados uno encima de otro, debajo de la barra, a la derecha
item-inf-001-region-map = El centro del mapa
item-inf-001-region-location = El botón redondo con un blanco de tiro, a la derecha
item-inf-001-region-directions = El botón azul con una flecha, abajo a la derecha

item-inf-002-prompt = Usted necesita saber el horario de la oficina de Service Canada en Winnipeg. ¿Qué escribe en la casilla de búsqueda?
item-inf-002-opt-a = office help please
item-inf-002-opt-b = hours
item-inf-002-opt-c = Canada
item-inf-002-opt-d = Service Canada Winnipeg hours

item-inf-003-prompt = En el sitio web de la junta escolar, use la casilla de búsqueda del mismo sitio para encontrar la página con los horarios del autobús escolar.
item-inf-003-cat-0 = No resuelto
item-inf-003-cat-1 = Resuelto después de una pista
item-inf-003-cat-2 = Resuelto sin ayuda

item-inf-004-prompt = Usted quiere resultados de búsqueda sobre permisos de trabajo solo de sitios web del Gobierno de Canadá. ¿Cuál búsqueda es la mejor?
item-inf-004-opt-a = work permit site:canada.ca
item-inf-004-opt-b = work permit canada.ca only please
item-inf-004-opt-c = site work permit government
item-inf-004-opt-d = work permit -canada.ca

item-inf-005-prompt = ¿Qué botón hace que el teléfono le lea el texto en voz alta?
item-inf-005-opt-a = Un bote de basura.
item-inf-005-opt-b = Un altavoz con ondas de sonido.
item-inf-005-opt-c = Un candado.
item-inf-005-opt-d = Una estrella.

item-inf-006-prompt = Ponga los pasos en orden para traducir una carta de papel con la cámara de su teléfono.
item-inf-006-opt-a = Apunte la cámara hacia la carta.
item-inf-006-opt-b = Abra la aplicación de traducción.
item-inf-006-opt-c = Lea o escuche la traducción.
item-inf-006-opt-d = Toque “Camera” (Cámara) en la aplicación.

item-inf-007-prompt = Usted recibe una carta de IRCC en un archivo PDF. Tiene que imprimirla antes de poder leerla. ¿Verdadero o falso?

item-inf-008-prompt = Esta página web está en inglés. Toque el botón que traduce la página a su idioma.
item-inf-008-region-home = El botón de la casita, en el extremo izquierdo de la barra de direcciones
item-inf-008-region-refresh = La flecha en círculo, a la izquierda de la barra de direcciones
item-inf-008-region-translate = El botón con una letra A y una letra china, dentro de la barra de direcciones
item-inf-008-region-bookmark = La estrella al final de la barra de direcciones
item-inf-008-region-tabs = El cuadrado con un número, arriba a la derecha

item-inf-009-prompt = Usted buscó cómo renovar su tarjeta de residente permanente. Toque el resultado oficial del Gobierno de Canadá.
item-inf-009-region-ad = El primer resultado, marcado “Sponsored” (Patrocinado), de prcard-fast-renewal.com
item-inf-009-region-official = El segundo resultado, de canada.ca
item-inf-009-region-forum = El tercer resultado, de un foro de discusión
item-inf-009-region-video = El cuarto resultado, un video de un canal de redes sociales

item-inf-010-prompt = Usted le pregunta a un chatbot, un chat de inteligencia artificial, cómo pedir la Prestación por Hijos de Canadá (Canada Child Benefit). El chatbot le da una lista de pasos. ¿Qué debe hacer usted?
item-inf-010-opt-a = Seguir los pasos. Las respuestas de la inteligencia artificial siempre son correctas.
item-inf-010-opt-b = Revisar los pasos en canada.ca o con una trabajadora de asentamiento antes de hacer la solicitud.
item-inf-010-opt-c = Darle al chatbot su número de seguro social para que haga la solicitud por usted.
item-inf-010-opt-d = No usar ninguna información de internet.

item-inf-011-prompt = Un video en internet muestra al primer ministro diciendo que todos los recién llegados tendrán vuelos gratis de regreso a su país. Viene de una cuenta desconocida, la voz suena un poco como un robot y ningún sitio de noticias habla de esto. ¿Qué es lo más probable que sea este video?
item-inf-011-opt-a = Un anuncio real que las noticias no vieron.
item-inf-011-opt-b = Un video falso hecho con inteligencia artificial, llamado deepfake.
item-inf-011-opt-c = Un video oficial del Gobierno de Canadá.
item-inf-011-opt-d = Una transmisión en vivo desde el Parlamento.

item-inf-012-prompt = Un chatbot, un chat de inteligencia artificial, le dice que una regla nueva permite a los refugiados pedir la ciudadanía después de un año en Canadá. Le da un enlace como fuente. Usted abre el enlace y la página no dice eso. ¿Cuál es la mejor conclusión?
item-inf-012-opt-a = La regla es cierta, porque el chatbot dio una fuente.
item-inf-012-opt-b = La página web es vieja, así que el chatbot tiene razón.
item-inf-012-opt-c = El chatbot probablemente se equivocó. Revise la regla en el sitio web de IRCC.
item-inf-012-opt-d = Pregúntele otra vez al chatbot. Si dice lo mismo dos veces, es cierto.

item-inf-013-prompt = Un artículo dice que los recién llegados que usan la aplicación JobFast encuentran trabajo dos veces más rápido. El estudio lo hizo la empresa que hace JobFast, con personas que eligieron usar la aplicación. ¿Cuál es el principal punto débil de esta afirmación?
item-inf-013-opt-a = Puede que la aplicación no esté disponible en todas las provincias.
item-inf-013-opt-b = El estudio no dice de qué países vienen los recién llegados.
item-inf-013-opt-c = El artículo no da el número exacto de días que tardaron las personas en encontrar trabajo.
item-inf-013-opt-d = La empresa que hace la aplicación hizo el estudio, y las personas que eligieron la aplicación quizás ya buscaban trabajo con más empeño.

item-inf-014-prompt = Un archivo llamado scan001.pdf es más fácil de encontrar después que un archivo llamado Lease-2025-apartment.pdf. ¿Verdadero o falso?

item-inf-015-prompt = Ponga los pasos en orden para guardar una carta en PDF de un correo electrónico en su carpeta “Documents” (Documentos).
item-inf-015-opt-a = Toque “Download” (Descargar).
item-inf-015-opt-b = Abra el correo electrónico.
item-inf-015-opt-c = Abra la aplicación “Files” (Archivos) y mueva el PDF a la carpeta “Documents” (Documentos).
item-inf-015-opt-d = Toque el PDF adjunto.

item-inf-016-prompt = Haga una carpeta nueva llamada Immigration (Inmigración). Después, mueva a esa carpeta las dos cartas de IRCC.
item-inf-016-cat-0 = No resuelto
item-inf-016-cat-1 = Resuelto después de una pista
item-inf-016-cat-2 = Resuelto sin ayuda

item-inf-017-prompt = Usted guarda copias escaneadas de los documentos de inmigración y de identidad de su familia, y las va a necesitar por muchos años. ¿Qué plan las protege mejor de perderse y de otras personas?
item-inf-017-opt-a = Guardar una sola copia, en la galería de fotos del teléfono, para tenerla siempre con usted.
item-inf-017-opt-b = Guardar una copia en una cuenta en la nube protegida con verificación en dos pasos, y una segunda copia en una memoria USB guardada en casa.
item-inf-017-opt-c = Enviarse las copias por correo electrónico a usted mismo y a varios familiares, para que muchas personas tengan una copia.
item-inf-017-opt-d = Guardarlas en un chat privado del grupo de la familia, donde puede encontrarlas subiendo en la conversación.
