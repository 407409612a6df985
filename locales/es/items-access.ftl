# Mensajes de los ítems: cuestionario de acceso (español)

item-acc-001-prompt = ¿Qué dispositivo usa usted más seguido?
item-acc-001-opt-a = Mi propio teléfono inteligente
item-acc-001-opt-b = Un teléfono que comparto con otras personas
item-acc-001-opt-c = Una tableta
item-acc-001-opt-d = Una computadora
item-acc-001-opt-e = No tengo ningún dispositivo

item-acc-002-prompt = ¿Cómo se conecta a internet la mayor parte del tiempo?
item-acc-002-opt-a = Con el Wi-Fi de mi casa
item-acc-002-opt-b = Solo con los datos móviles de mi teléfono
item-acc-002-opt-c = Solo con Wi-Fi público gratis, como en la biblioteca
item-acc-002-opt-d = No tengo internet

item-acc-003-prompt = ¿Tiene usted una dirección de correo electrónico?
item-acc-003-opt-a = Sí
item-acc-003-opt-b = No
item-acc-003-opt-c = No estoy seguro o segura

item-acc-004-prompt = ¿Puede leer en su primer idioma?
item-acc-004-opt-a = Sí, fácilmente
item-acc-004-opt-b = Un poco
item-acc-004-opt-c = No

item-acc-005-prompt = ¿Qué le ayuda más cuando usa un teléfono o una computadora?
item-acc-005-opt-a = Nada más, estoy bien así
item-acc-005-opt-b = Letras más grandes
item-acc-005-opt-c = Escuchar las palabras en voz alta
item-acc-005-opt-d = La ayuda de una persona

item-acc-006-prompt = ¿Cómo prefiere recibir ayuda de nuestros servicios?
item-acc-006-opt-a = En persona
item-acc-006-opt-b = Por llamada telefónica
item-acc-006-opt-c = Por mensaje de voz de WhatsApp
item-acc-006-opt-d = Por videollamada
item-acc-006-opt-e = Por correo electrónico
