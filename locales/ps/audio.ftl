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
cli-audio-build-about = په غږ فولډر کې هر ورک کلیپ جوړ کړئ (مصنوعي غږ، چوپتیا پرې کول، د غږ کچه برابرول، ⁨Opus⁩ له ⁨MP3⁩ بدیل سره)
cli-audio-build-opt-check = هیڅ مه بدلوه؛ که د زده کوونکي کوم پیغام کلیپ ونه لري، یا کلیپ زوړ وي یا ثبت ته اړتیا ولري، ناکام شه
cli-audio-opt-out = د غږ فولډر (ډیفالټ: ⁨NLN_AUDIO_DIR⁩، که نه ⁨target/audio⁩)
audio-tool-missing = { $program } نه دی نصب شوی؛ د غږ جوړولو ته اړین دی. په ډیبیان یا اوبونټو کې: ⁨apt-get install⁩ { $package }
audio-needs-recording = { $locale } د کارونې وړ مصنوعي غږ نه لري: { $count ->
        [one] { $count } کلیپ د انسان غږ ثبت ته اړتیا لري
       *[other] { $count } کلیپونه د انسان غږ ثبت ته اړتیا لري
    } (وګورئ ⁨`nln audio script --lang`⁩ { $locale }).
audio-recording-not-imported = { $locale }: ثبت { $file } نشته: په ⁨`nln audio import`⁩ یې راوړئ.
audio-clips-not-built = { $locale }: په { $folder } کې { $count ->
        [one] { $count } کلیپ نه دی جوړ شوی
       *[other] { $count } کلیپونه نه دي جوړ شوي
    }: ⁨`nln audio build --lang`⁩ { $locale } وچلوئ.
audio-clip-failed = { $file } جوړ نه شو: { $reason }
audio-progress = د { $locale } کلیپونه جوړیږي
audio-built = { $locale }: په { $folder } کې { $built ->
        [one] { $built } کلیپ جوړ شو
       *[other] { $built } کلیپونه جوړ شول
    }.
audio-check-failed = { $count ->
        [one] { $count } غږیزه ستونزه وموندل شوه.
       *[other] { $count } غږیزې ستونزې وموندل شوې.
    }
cli-audio-script-about = د غږ ویونکي لپاره د ثبت متن ولیکئ: هر متن، د هغه د فایل نوم، او چیرې اوریدل کیږي
cli-audio-script-opt-output = متن په دې فایل کې ولیکئ (ډیفالټ: معیاري وتنه)
cli-audio-import-about = د غږ ویونکي ثبتونه راوړئ: موده او د غږ کچه وګورئ، کوډ یې کړئ، ⁨audio.yaml⁩ تازه کړئ
cli-audio-import-opt-dir = د ثبتونو فولډر، د متن په څیر نومونو سره
cli-audio-import-opt-speaker = د ویونکي کوډ چې له هر ثبت سره ساتل کیږي (لکه ⁨F03⁩)
audio-script-heading = د ثبت متن: { $locale } ({ $count ->
        [one] { $count } متن
       *[other] { $count } متنونه
    })
audio-script-instructions = هر متن په ارامۍ او لږ ورو ولولئ، لکه یو لوی سړي ته چې کمپیوټر ته نوی دی. په یوه ارامه کوټه کې، له مایکروفون څخه شاوخوا ۲۰ سانتي متره لرې ثبت کړئ. هر متن په خپل جلا ⁨WAV⁩ فایل (⁨48 kHz⁩) کې په هماغه ښودل شوي نوم خوندي کړئ، له مخکې او وروسته لنډې چوپتیا سره.
audio-script-context = چیرې اوریدل کیږي: { $context }
audio-script-role-prompt = د { $item } توکي پوښتنه
audio-script-role-option = د { $item } توکي یو ځواب
audio-script-role-region = د { $item } توکي په انځور کې یو ځای
audio-script-role-category = د { $item } توکي لپاره د ارزونکي درجه
audio-script-role-screen = د ازموینې یوه لارښوونه یا تڼۍ
audio-script-picture = انځور: { $file }
audio-script-english = انګلیسي: { $text }
audio-script-say = ووایاست:
audio-script-written = د ثبت متن په { $path } کې ولیکل شو ({ $count ->
        [one] { $count } متن
       *[other] { $count } متنونه
    }).
audio-import-one-locale = د راوړلو لپاره یوازې یوه ژبه په ⁨--lang⁩ ورکړئ.
audio-import-rejected = { $file } را نه وړل شو: { $reason }
audio-reason-name = د فایل نوم د متن په څیر ⁨<clip>.<hash>.wav⁩ نه دی.
audio-reason-unknown = د { $ref } په نوم کلیپ نشته.
audio-reason-stale = دا د { $ref } له زاړه متن څخه ثبت شوی؛ اوسنی متن ثبت کړئ (نوی متن وګورئ).
audio-reason-unreadable = د ⁨WAV⁩ فایل په توګه نه لوستل کیږي ({ $detail }).
audio-reason-duration = خبرې { $seconds } ثانیې دي؛ کلیپ له { $min } څخه تر { $max } ثانیو پورې وي.
audio-reason-quiet = غږ ډیر ټیټ دی ({ $lufs } ⁨LUFS⁩، لږ تر لږه { $min } اړین دی): مایکروفون ته نږدې ثبت کړئ.
audio-reason-clipped = غږ خراب شوی (کچه اعظمي حد ته ورسیده): له مایکروفون څخه لږ لرې ثبت کړئ.
audio-import-done = { $locale }: { $count ->
        [one] { $count } ثبت راوړل شو
       *[other] { $count } ثبتونه راوړل شول
    }، { $rejected } رد شول.
