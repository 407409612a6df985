## Equilibrio de claves (español, borrador automático). Printed by `nln validate`; never a failure.

balance-kind-choice = preguntas de opción
balance-kind-hotspot = preguntas de zona (lista de zonas)
balance-key-position = Aviso: { $kind }: la respuesta correcta está en la posición { $position } en { $observed }/{ $items } (equilibrado: unas { $expected }).
balance-true-false = Aviso: preguntas de verdadero/falso: la respuesta correcta es «verdadero» en { $true }/{ $items } (equilibrado: más o menos la mitad).
balance-order-as-shown = Aviso: pregunta de orden { $item }: la respuesta correcta es el orden en que se muestran los pasos; dejarlos así da puntos.
