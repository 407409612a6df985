# Item messages: Items for Foundation to NLN 2, carried by audio (español, machine-drafted)

item-dev-101-prompt = Para subir el volumen, se aprieta un botón al lado del teléfono. ¿Verdadero o falso?

item-dev-102-prompt = La pantalla del teléfono está negra. ¿Qué hace primero para encenderlo?
item-dev-102-opt-a = Sacudir el teléfono.
item-dev-102-opt-b = Mantener apretado el botón del lado.
item-dev-102-opt-c = Soplar la pantalla.

item-dev-103-prompt = Cuando la batería está vacía, el teléfono sigue funcionando sin cargador. ¿Verdadero o falso?

item-dev-104-prompt = ¿Con qué se carga un teléfono?
item-dev-104-opt-a = Audífonos.
item-dev-104-opt-b = Una funda.
item-dev-104-opt-c = Un cable y un enchufe.

item-dev-105-prompt = Para elegir algo en la pantalla, se toca con el dedo. ¿Verdadero o falso?

item-dev-106-prompt = Quiere tomar una foto. ¿Qué ícono toca?
item-dev-106-opt-a = La cámara.
item-dev-106-opt-b = El reloj.
item-dev-106-opt-c = El sobre.

item-dev-107-prompt = El ícono verde del teléfono abre sus fotos. ¿Verdadero o falso?

item-dev-108-prompt = Quiere ver sus fotos. ¿Qué ícono toca?
item-dev-108-opt-a = Una nota musical.
item-dev-108-opt-b = El dibujo de una flor o una montaña.
item-dev-108-opt-c = Una calculadora.

item-dev-109-prompt = El botón de inicio, o la línea de abajo de la pantalla, lo lleva a la pantalla principal. ¿Verdadero o falso?

item-com-101-prompt = Su teléfono suena. Ve un botón verde y uno rojo. ¿Cuál contesta la llamada?
item-com-101-opt-a = El botón rojo.
item-com-101-opt-b = Ninguno: esperar a que pare.
item-com-101-opt-c = El botón verde.

item-com-102-prompt = Para terminar una llamada, se toca el botón verde. ¿Verdadero o falso?

item-com-103-prompt = Alguien lo llama, pero ahora no puede hablar. ¿Qué puede tocar?
item-com-103-opt-a = El botón rojo.
item-com-103-opt-b = La cámara.
item-com-103-opt-c = Las fotos.

item-com-104-prompt = Para escuchar un mensaje de voz, se toca el triangulito que está al lado. ¿Verdadero o falso?

item-cre-101-prompt = Apunta la cámara hacia su hijo. ¿Qué toca para tomar la foto?
item-cre-101-opt-a = El botón rojo del teléfono.
item-cre-101-opt-b = El botón grande y redondo.
item-cre-101-opt-c = La flecha para volver.

item-cre-102-prompt = Para tomar una foto, primero hay que apagar el teléfono. ¿Verdadero o falso?

item-dev-110-prompt = Enciende el teléfono. Le pide un código. ¿Qué hace?
item-dev-110-opt-a = Apagar el teléfono otra vez.
item-dev-110-opt-b = Sacudir el teléfono.
item-dev-110-opt-c = Escribir su PIN.

item-dev-111-prompt = Un candado cerrado pequeño arriba en la pantalla quiere decir que el teléfono está bloqueado. ¿Verdadero o falso?

item-dev-112-prompt = Está en una aplicación y quiere volver a la pantalla principal. ¿Qué hace?
item-dev-112-opt-a = Tocar el botón de inicio, o deslizar hacia arriba desde abajo.
item-dev-112-opt-b = Apagar el teléfono.
item-dev-112-opt-c = Tocar la cámara.

item-dev-113-prompt = Para abrir una aplicación, hay que apretarla durante diez segundos. ¿Verdadero o falso?

item-dev-114-prompt = Hay un numerito rojo en el ícono de mensajes. ¿Qué quiere decir?
item-dev-114-opt-a = El teléfono está roto.
item-dev-114-opt-b = Tiene mensajes nuevos.
item-dev-114-opt-c = Queda poca batería.

item-dev-115-prompt = En el teclado, la tecla con una flecha y una X borra la última letra. ¿Verdadero o falso?

item-dev-116-prompt = Quiere escribir una mayúscula. ¿Qué tecla toca primero?
item-dev-116-opt-a = La barra espaciadora larga.
item-dev-116-opt-b = La tecla Intro.
item-dev-116-opt-c = La flecha hacia arriba.

item-dev-117-prompt = Cuando ve el ícono de Wi-Fi en forma de abanico arriba en la pantalla, el teléfono no tiene conexión. ¿Verdadero o falso?

item-dev-118-prompt = El ícono del avión está activado. ¿Qué pasa?
item-dev-118-opt-a = No puede llamar ni usar internet.
item-dev-118-opt-b = El teléfono se está cargando.
item-dev-118-opt-c = El sonido está más fuerte.

item-com-105-prompt = Quiere llamar a su hermana. Su nombre está en sus contactos. ¿Qué hace?
item-com-105-opt-a = Abrir la cámara y decir su nombre.
item-com-105-opt-b = Abrir los contactos, tocar su nombre y luego el ícono del teléfono.
item-com-105-opt-c = Mandarle una foto.

item-com-106-prompt = En una aplicación de mensajes, se mantiene apretado el botón del micrófono para grabar un mensaje de voz. ¿Verdadero o falso?

item-com-107-prompt = Recibe un mensaje de voz. ¿Cómo lo escucha?
item-com-107-opt-a = Tocar el botón rojo.
item-com-107-opt-b = Dar vuelta el teléfono.
item-com-107-opt-c = Tocar el triangulito que está al lado.

item-cre-103-prompt = La aplicación de la cámara está en inglés. La palabra inglesa VIDEO (video) sirve para grabar algo que se mueve. ¿Verdadero o falso?

item-cre-104-prompt = Quiere sacarse una foto a sí mismo. ¿Qué toca primero?
item-cre-104-opt-a = Las flechas en círculo que dan vuelta la cámara.
item-cre-104-opt-b = El rayo.
item-cre-104-opt-c = El cuadradito con su última foto.

item-dev-119-prompt = En la biblioteca quiere usar el Wi-Fi gratis. El teléfono pide una contraseña. ¿Dónde la encuentra?
item-dev-119-opt-a = En su correo.
item-dev-119-opt-b = Preguntar al personal, o buscar un letrero en la pared.
item-dev-119-opt-c = Es el PIN de su teléfono.

item-dev-120-prompt = Para agrandar las letras de la pantalla, hay que comprar un teléfono nuevo. ¿Verdadero o falso?

item-dev-121-prompt = Quiere el teléfono en su idioma. ¿Adónde va?
item-dev-121-opt-a = Cámara.
item-dev-121-opt-b = Fotos.
item-dev-121-opt-c = Configuración, y luego Idioma.

item-com-108-prompt = En una videollamada, la otra persona lo ve cuando su cámara está encendida. ¿Verdadero o falso?

item-saf-101-prompt = Una persona que no conoce le pide el PIN de su teléfono. ¿Qué hace?
item-saf-101-opt-a = No se lo dice.
item-saf-101-opt-b = Se lo dice.
item-saf-101-opt-c = Lo escribe detrás del teléfono.

item-saf-102-prompt = Un mensaje dice que ganó un premio y le pide el número de su tarjeta bancaria. Es seguro mandarlo. ¿Verdadero o falso?

item-inf-101-prompt = Quiere encontrar una farmacia cerca. ¿Qué aplicación le ayuda?
item-inf-101-opt-a = La calculadora.
item-inf-101-opt-b = La aplicación de mapas.
item-inf-101-opt-c = La cámara.
