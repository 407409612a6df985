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
cli-audio-build-about = Generar cada clip que falte en la carpeta de audio (voz sintética, silencios recortados, volumen normalizado, Opus con un MP3 de respaldo)
cli-audio-build-opt-check = No cambiar nada; fallar si un mensaje para el alumno no tiene clip, si un clip no está al día o necesita grabación
cli-audio-opt-out = Carpeta de audio (por defecto: NLN_AUDIO_DIR, si no target/audio)
audio-tool-missing = { $program } no está instalado; la generación de audio lo necesita. En Debian o Ubuntu: apt-get install { $package }
audio-needs-recording = { $locale } no tiene una voz sintética utilizable: { $count ->
        [one] { $count } clip necesita una grabación humana
       *[other] { $count } clips necesitan una grabación humana
    } (vea `nln audio script --lang { $locale }`).
audio-recording-not-imported = { $locale }: falta la grabación { $file }: impórtela con `nln audio import`.
audio-clips-not-built = { $locale }: { $count ->
        [one] { $count } clip no está generado
       *[other] { $count } clips no están generados
    } en { $folder }: ejecute `nln audio build --lang { $locale }`.
audio-clip-failed = No se pudo generar { $file }: { $reason }
audio-progress = Generando los clips de { $locale }
audio-built = { $locale }: { $built ->
        [one] { $built } clip generado
       *[other] { $built } clips generados
    } en { $folder }.
audio-check-failed = { $count ->
        [one] Se encontró { $count } problema de audio.
       *[other] Se encontraron { $count } problemas de audio.
    }
cli-audio-script-about = Escribir el guion de grabación para la voz: cada texto, su nombre de archivo, dónde se oye
cli-audio-script-opt-output = Escribir el guion en este archivo (por defecto: la salida estándar)
cli-audio-import-about = Importar las grabaciones de una voz: comprobar duración y volumen, codificar, actualizar audio.yaml
cli-audio-import-opt-dir = Carpeta con las grabaciones, nombradas como en el guion
cli-audio-import-opt-speaker = Código de la persona que graba, guardado con cada grabación (p. ej. F03)
audio-script-heading = Guion de grabación: { $locale } ({ $count ->
        [one] { $count } texto
       *[other] { $count } textos
    })
audio-script-instructions = Lea cada texto con calma y un poco despacio, como para un adulto que empieza con las computadoras. Grabe en un cuarto silencioso, a unos 20 cm del micrófono. Guarde cada texto en su propio archivo WAV (48 kHz), con el nombre exacto indicado y un breve silencio antes y después.
audio-script-context = Se oye: { $context }
audio-script-role-prompt = la pregunta del ítem { $item }
audio-script-role-option = una respuesta del ítem { $item }
audio-script-role-region = un lugar de la imagen del ítem { $item }
audio-script-role-category = la calificación del evaluador para el ítem { $item }
audio-script-role-screen = una instrucción o un botón de la prueba
audio-script-picture = Imagen: { $file }
audio-script-english = Inglés: { $text }
audio-script-say = Diga:
audio-script-written = Guion de grabación escrito en { $path } ({ $count ->
        [one] { $count } texto
       *[other] { $count } textos
    }).
audio-import-one-locale = Indique exactamente un idioma donde importar, con --lang.
audio-import-rejected = { $file } no se importó: { $reason }
audio-reason-name = el nombre del archivo no es <clip>.<hash>.wav como en el guion.
audio-reason-unknown = ningún clip se llama { $ref }.
audio-reason-stale = se grabó a partir de un texto anterior de { $ref }; grabe el texto actual (vea un guion nuevo).
audio-reason-unreadable = no se puede leer como archivo WAV ({ $detail }).
audio-reason-duration = el habla dura { $seconds } s; un clip dura de { $min } a { $max } s.
audio-reason-quiet = es demasiado bajo ({ $lufs } LUFS, se necesitan al menos { $min }): grabe más cerca del micrófono.
audio-reason-clipped = está saturado (el nivel llegó al máximo): grabe un poco más lejos del micrófono.
audio-import-done = { $locale }: { $count ->
        [one] { $count } grabación importada
       *[other] { $count } grabaciones importadas
    }, { $rejected } rechazadas.
