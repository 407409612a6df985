## Audio: `nln audio` (assessor and maintainer messages; Spanish, machine-drafted)

cli-audio-about = Audio de los mensajes para el alumno: planificar los manifiestos, generar los clips, grabar a mano
cli-audio-plan-about = Reescribir el audio.yaml de cada idioma a partir de los mensajes y las preguntas actuales (ejecútelo después de cambiarlos)
cli-audio-plan-opt-check = No cambiar nada; fallar si un manifiesto no está al día
cli-audio-opt-locales = Carpeta de idiomas (por defecto: locales)
audio-unknown-locale = { $locale } no es un idioma de la lista ({ $listed }).
audio-plan-summary = { $locale }: { $clips ->
        [one] { $clips } clip
       *[other] { $clips } clips
    } ({ $synthesized } sintetizados, { $recorded } grabados, { $needs } por grabar)
audio-plan-unchanged = { $path } está al día.
audio-plan-written = { $path } escrito ({ $count ->
        [one] { $count } entrada cambiada
       *[other] { $count } entradas cambiadas
    }).
audio-plan-outdated = { $path } no está al día ({ $count ->
        [one] { $count } entrada difiere
       *[other] { $count } entradas difieren
    }).
audio-plan-check-failed = { $count ->
        [one] { $count } manifiesto de audio no está al día: ejecute `nln audio plan`.
       *[other] { $count } manifiestos de audio no están al día: ejecute `nln audio plan`.
    }
audio-stale = { $locale }: la grabación de { $ref } se hizo para un texto anterior: grábela de nuevo (se conserva hasta entonces).
audio-unplanned-missing = { $locale }: { $ref } no tiene clip: falta el mensaje { $message }.
audio-unplanned-placeables = { $locale }: { $ref } no tiene clip: el mensaje { $message } tiene variables; dele una forma .speech sin ellas.
clip-status-needs-recording = necesita una grabación humana
