## Adaptive test replayed on recorded responses (es, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = Repetir la prueba adaptativa con respuestas registradas (un archivo de respuestas como lo lee nln calibrate, largo o ancho): cada persona responde a los ítems que elige la prueba con su puntuación registrada, y el nivel de la prueba se compara con el de todas sus respuestas
cli-simulate-opt-missing = Con --responses, cuando la prueba elige un ítem sin respuesta registrada de la persona: skip (predeterminado: saltarlo y elegir el siguiente) o stop (terminar ahí la prueba de esa persona)
replay-heading = Prueba adaptativa repetida con las respuestas registradas de { $n ->
    [one] { $n } persona
   *[other] { $n } personas
} ({ $recorded } respuestas cada una en promedio; banco { $bank }).
replay-agreement = Nivel de la prueba = nivel de todas las respuestas registradas: { $exact } %; a un nivel o menos: { $within } %; RMSE de la habilidad frente a esa estimación: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } prueba
   *[other] { $tests } pruebas
} ({ $share } %) llegaron a un ítem sin respuesta registrada y terminaron ahí.
replay-missing-skip = { $tests ->
    [one] { $tests } prueba
   *[other] { $tests } pruebas
} ({ $share } %) llegaron a ítems sin respuesta registrada y los saltaron ({ $mean } por prueba en promedio).
stop-missing-response = un ítem no tenía respuesta registrada
