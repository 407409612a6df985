# Item messages: start question of the access questionnaire — Experiencia (español, borrador automático)

item-acc-101-prompt = ¿Cómo usa hoy un teléfono o una computadora?
item-acc-101-opt-a = Nunca he usado uno.
item-acc-101-opt-b = Solo con alguien que me ayuda.
item-acc-101-opt-c = Solo, para llamadas, mensajes y fotos.
item-acc-101-opt-d = Solo, para muchas cosas: correo, formularios, aplicaciones, internet.

# The access-profile field the question fills (assessor reports).
access-field-experience = Experiencia con aparatos
