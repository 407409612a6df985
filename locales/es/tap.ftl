### Preguntas de varias pantallas (español, machine-drafted)

# audience: learner
assess-tap-through-hint = Toque la pantalla o elija un lugar de la lista. Cada lugar correcto abre la pantalla siguiente.
assess-tap-screen = Pantalla { $number } de { $count }
response-error-bad-path = Los toques guardados para la pregunta { $item } no siguen sus pantallas.
session-error-bad-taps = Los toques guardados en la pregunta { $item } no recorren sus pantallas.
# audience: learner
web-tap-through-hint = Haga la tarea en el teléfono: toque el lugar correcto en cada pantalla.
