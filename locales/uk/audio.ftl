## Audio: `nln audio` (assessor and maintainer messages; Ukrainian, machine-drafted)

cli-audio-about = Аудіо повідомлень для учня: план маніфестів, створення кліпів, запис людським голосом
cli-audio-plan-about = Переписати audio.yaml кожної мови з поточних повідомлень і завдань (запускайте після їх зміни)
cli-audio-plan-opt-check = Нічого не змінювати; завершитися з помилкою, якщо маніфест не актуальний
cli-audio-opt-locales = Тека мов (типово: locales)
audio-unknown-locale = { $locale } — не мова зі списку ({ $listed }).
audio-plan-summary = { $locale }: { $clips ->
        [one] { $clips } кліп
        [few] { $clips } кліпи
        [many] { $clips } кліпів
       *[other] { $clips } кліпу
    } ({ $synthesized } синтезовано, { $recorded } записано, { $needs } треба записати)
audio-plan-unchanged = { $path } актуальний.
audio-plan-written = { $path } записано ({ $count ->
        [one] змінено { $count } запис
        [few] змінено { $count } записи
        [many] змінено { $count } записів
       *[other] змінено { $count } запису
    }).
audio-plan-outdated = { $path } не актуальний ({ $count ->
        [one] відрізняється { $count } запис
        [few] відрізняються { $count } записи
        [many] відрізняються { $count } записів
       *[other] відрізняється { $count } запису
    }).
audio-plan-check-failed = { $count ->
        [one] { $count } аудіоманіфест не актуальний: запустіть `nln audio plan`.
        [few] { $count } аудіоманіфести не актуальні: запустіть `nln audio plan`.
        [many] { $count } аудіоманіфестів не актуальні: запустіть `nln audio plan`.
       *[other] { $count } аудіоманіфесту не актуальні: запустіть `nln audio plan`.
    }
audio-stale = { $locale }: запис { $ref } зроблено для старішого тексту: запишіть його знову (до того він зберігається).
audio-unplanned-missing = { $locale }: для { $ref } немає кліпу: бракує повідомлення { $message }.
audio-unplanned-placeables = { $locale }: для { $ref } немає кліпу: повідомлення { $message } має змінні; дайте йому форму .speech без них.
clip-status-needs-recording = потрібен запис людським голосом
