## Audio: `nln audio` (assessor and maintainer messages; Pashto, machine-drafted)

cli-audio-about = د زده کوونکي د پیغامونو غږ: د لیستونو پلان، د کلیپونو جوړول، د انسان په غږ ثبتول
cli-audio-plan-about = د هرې ژبې ⁨audio.yaml⁩ د اوسنیو پیغامونو او پوښتنو څخه بیا ولیکئ (د بدلولو وروسته یې وچلوئ)
cli-audio-plan-opt-check = هیڅ مه بدلوه؛ که کوم لیست تازه نه وي، ناکام شه
cli-audio-opt-locales = د ژبو فولډر (ډیفالټ: ⁨locales⁩)
audio-unknown-locale = { $locale } په لیست کې ژبه نه ده ({ $listed }).
audio-plan-summary = { $locale }: { $clips ->
        [one] { $clips } کلیپ
       *[other] { $clips } کلیپونه
    } ({ $synthesized } مصنوعي، { $recorded } ثبت شوي، { $needs } د ثبت لپاره)
audio-plan-unchanged = { $path } تازه دی.
audio-plan-written = { $path } ولیکل شو ({ $count ->
        [one] { $count } داخله بدله شوه
       *[other] { $count } داخلې بدلې شوې
    }).
audio-plan-outdated = { $path } تازه نه دی ({ $count ->
        [one] { $count } داخله توپیر لري
       *[other] { $count } داخلې توپیر لري
    }).
audio-plan-check-failed = { $count ->
        [one] { $count } غږیز لیست تازه نه دی: ⁨`nln audio plan`⁩ وچلوئ.
       *[other] { $count } غږیز لیستونه تازه نه دي: ⁨`nln audio plan`⁩ وچلوئ.
    }
audio-stale = { $locale }: د { $ref } ثبت د زاړه متن لپاره دی: بیا یې ثبت کړئ (تر هغه وخته ساتل کیږي).
audio-unplanned-missing = { $locale }: { $ref } کلیپ نه لري: پیغام { $message } نشته.
audio-unplanned-placeables = { $locale }: { $ref } کلیپ نه لري: پیغام { $message } متغیرونه لري؛ ورته له متغیرونو پرته ⁨.speech⁩ بڼه ورکړئ.
clip-status-needs-recording = د انسان په غږ ثبت ته اړتیا لري
