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
cli-audio-build-about = Створити кожен відсутній кліп у теці аудіо (синтез мовлення, обрізана тиша, вирівняна гучність, Opus із запасним MP3)
cli-audio-build-opt-check = Нічого не змінювати; завершитися з помилкою, якщо повідомлення для учня не має кліпу, кліп застарів або потребує запису
cli-audio-opt-out = Тека аудіо (типово: NLN_AUDIO_DIR, інакше target/audio)
audio-tool-missing = { $program } не встановлено; він потрібен для створення аудіо. У Debian чи Ubuntu: apt-get install { $package }
audio-needs-recording = { $locale } не має придатного синтетичного голосу: { $count ->
        [one] { $count } кліп потребує запису людським голосом
        [few] { $count } кліпи потребують запису людським голосом
        [many] { $count } кліпів потребують запису людським голосом
       *[other] { $count } кліпу потребують запису людським голосом
    } (див. `nln audio script --lang { $locale }`).
audio-recording-not-imported = { $locale }: бракує запису { $file }: імпортуйте його командою `nln audio import`.
audio-clips-not-built = { $locale }: { $count ->
        [one] { $count } кліп не створено
        [few] { $count } кліпи не створено
        [many] { $count } кліпів не створено
       *[other] { $count } кліпу не створено
    } у { $folder }: запустіть `nln audio build --lang { $locale }`.
audio-clip-failed = Не вдалося створити { $file }: { $reason }
audio-progress = Створення кліпів { $locale }
audio-built = { $locale }: { $built ->
        [one] створено { $built } кліп
        [few] створено { $built } кліпи
        [many] створено { $built } кліпів
       *[other] створено { $built } кліпу
    } у { $folder }.
audio-check-failed = { $count ->
        [one] Знайдено { $count } проблему з аудіо.
        [few] Знайдено { $count } проблеми з аудіо.
        [many] Знайдено { $count } проблем з аудіо.
       *[other] Знайдено { $count } проблеми з аудіо.
    }
cli-audio-script-about = Написати сценарій запису для диктора: кожен текст, назву його файлу і де його чути
cli-audio-script-opt-output = Записати сценарій у цей файл (типово: стандартний вивід)
cli-audio-import-about = Імпортувати записи диктора: перевірити тривалість і гучність, закодувати, оновити audio.yaml
cli-audio-import-opt-dir = Тека із записами, названими як у сценарії
cli-audio-import-opt-speaker = Код диктора, що зберігається з кожним записом (напр. F03)
audio-script-heading = Сценарій запису: { $locale } ({ $count ->
        [one] { $count } текст
        [few] { $count } тексти
        [many] { $count } текстів
       *[other] { $count } тексту
    })
audio-script-instructions = Читайте кожен текст спокійно і трохи повільно, як дорослому, що вперше працює з комп'ютером. Записуйте в тихій кімнаті, приблизно за 20 см від мікрофона. Збережіть кожен текст в окремому файлі WAV (48 кГц) саме з указаною назвою, з короткою тишею до і після.
audio-script-context = Звучить: { $context }
audio-script-role-prompt = питання завдання { $item }
audio-script-role-option = відповідь завдання { $item }
audio-script-role-region = місце на зображенні завдання { $item }
audio-script-role-category = оцінка екзаменатора для завдання { $item }
audio-script-role-screen = інструкція або кнопка тесту
audio-script-picture = Зображення: { $file }
audio-script-english = Англійською: { $text }
audio-script-say = Скажіть:
audio-script-written = Сценарій запису збережено у { $path } ({ $count ->
        [one] { $count } текст
        [few] { $count } тексти
        [many] { $count } текстів
       *[other] { $count } тексту
    }).
audio-import-one-locale = Укажіть рівно одну мову для імпорту через --lang.
audio-import-rejected = { $file } не імпортовано: { $reason }
audio-reason-name = назва файлу не має вигляду <clip>.<hash>.wav, як у сценарії.
audio-reason-unknown = немає кліпу з назвою { $ref }.
audio-reason-stale = його записано зі старішого тексту { $ref }; запишіть поточний текст (див. новий сценарій).
audio-reason-unreadable = його не вдається прочитати як файл WAV ({ $detail }).
audio-reason-duration = мовлення триває { $seconds } с; кліп триває від { $min } до { $max } с.
audio-reason-quiet = запис надто тихий ({ $lufs } LUFS, потрібно щонайменше { $min }): записуйте ближче до мікрофона.
audio-reason-clipped = запис спотворено (рівень сягнув максимуму): записуйте трохи далі від мікрофона.
audio-import-done = { $locale }: { $count ->
        [one] імпортовано { $count } запис
        [few] імпортовано { $count } записи
        [many] імпортовано { $count } записів
       *[other] імпортовано { $count } запису
    }, відхилено { $rejected }.
