# Item messages: self-mode picture items for Foundation to NLN 2 (español, machine-drafted)

item-dev-401-prompt = Toque el ícono que sirve para tomar una foto.
item-dev-402-prompt = Toque el ícono que sirve para leer y enviar mensajes de texto.
item-dev-403-prompt = Usted quiere cambiar cómo funciona su teléfono, por ejemplo el sonido o el idioma. Toque el ícono que abre la configuración.
item-dev-404-prompt = Toque el botón que se presiona para encender o apagar el teléfono.
item-dev-405-prompt = Usted escribió una letra equivocada. Toque la tecla que la borra.
item-dev-406-prompt = Usted quiere decir su mensaje en voz alta en lugar de escribirlo. Toque la tecla que sirve para eso.
item-dev-407-prompt = Usted está en casa y quiere usar su wifi. Toque el botón que enciende o apaga el wifi.
item-dev-408-prompt = Está oscuro y usted necesita luz. Toque el botón que enciende la linterna del teléfono.
item-com-401-prompt = El teléfono suena, pero usted no puede hablar ahora. Toque donde se rechaza la llamada.
item-com-402-prompt = Usted está en una clase en línea. Toque el botón que enciende o apaga su cámara.
item-com-403-prompt = La clase en línea terminó. Toque el botón que lo saca de la clase.
item-com-404-prompt = Usted ya no necesita este correo electrónico. Toque donde se borra.
item-cre-401-prompt = La cámara está lista. Toque donde se toma la foto.
item-cre-402-prompt = Usted tomó una foto. Toque donde se ve la foto que acaba de tomar.
item-cre-403-prompt = Usted quiere tomarse una foto a sí mismo. Toque el botón que da vuelta la cámara.
item-inf-401-prompt = Usted está perdido. Toque el botón que muestra en el mapa dónde está usted ahora.
item-inf-402-prompt = Usted encontró la biblioteca en el mapa. Toque el botón que le muestra el camino para ir allí.
