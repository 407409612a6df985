## Command-line interface and reports (Pashto). Placeables are filled by the program.

## Help text
cli-about = لویان زده کوونکي د یوې لنډې او د زده کوونکي سره برابرېدونکې ازموینې په مرسته د NLN د ډیجیټل سواد په کچو کې ځای پر ځای کړئ.
cli-heading-commands = امرونه
cli-heading-options = انتخابونه
cli-opt-help = دا مرسته وښیه
cli-opt-version = نسخه وښیه
cli-opt-lang = د پوښتنو او پیغامونو ژبه (لکه en, fr, fr-CA)؛ اصلي ژبه له NLN_LANG یا LANG څخه
cli-opt-bank = کومه منځپانګه وکارول شي: د بانک فولډر (له bank.yaml سره) یا د منځپانګې فولډر (له framework.yaml سره)؛ اصلي: دننه جوړ شوی بانک
cli-opt-bank-name = د منځپانګې د فولډر کوم بانک وکارول شي
cli-opt-seed = تصادفي تخم (seed): همغه تخم او همغه ځوابونه همغه ازموینه ورکوي
cli-opt-json = پایله د JSON په بڼه په معیاري وتنه (standard output) کې چاپ کړه
cli-assess-about = په ټرمینل کې ارزونه پیل کړه، او هرې پوښتنې ته د هغې په شمېره ځواب ورکړه
cli-assess-opt-save = له هر ځواب وروسته ناسته په دې فایل کې ذخیره کړه (په {"\u2068"}--resume{"\u2069"} یې بیا پیل کړه)
cli-assess-opt-resume = هغه ناسته بیا پیل کړه چې په {"\u2068"}--save{"\u2069"} ذخیره شوې
cli-assess-opt-no-access = د لاسرسي پوښتنې پرېږده (وسایل، اتصال، ایمیل …)
cli-assess-opt-audio = هره پوښتنه او هر ځواب د PATH له غږ غږوونکي سره وغږوه (r = بیا اورېدل)
cli-assess-opt-max-items = د نمره لرونکو پوښتنو تر ټولو زیات شمېر
cli-assess-opt-method = د پایلې اټکلګر: eap, map, mle یا wle
cli-validate-about = د منځپانګې فولډر (چوکاټ، کچې، بانکونه او ژبې) وڅېړه او هره موندل شوې تېروتنه چاپ کړه
cli-validate-opt-dir = د منځپانګې فولډر (لکه assessments/) یا د بانک فولډر
cli-validate-opt-locales = د ژبو فولډر چې له منځپانګې سره وڅېړل شي (اصلي: د منځپانګې د فولډر تر څنګ د locales فولډر)
cli-simulate-about = جوړ شوي (سمولېټ شوي) زده کوونکي له برابرېدونکې ازموینې تېر کړه او اوږدوالی، دقت او د ځای ټاکلو سموالی راپور کړه
cli-simulate-opt-n = د جوړو شوو زده کوونکو شمېر
cli-simulate-opt-distribution = د وړتیا وېش: normal (منځنی 0، SD 1) یا uniform (له -3.5 تر 3.5)
cli-simulate-opt-no-exposure = د پوښتنو د ښکاره کېدو حدونه مه پلي کوه

## Assessment
assess-intro = د NLN د ډیجیټل سواد ارزونه — { $bank } (نسخه { $version })
assess-provisional = پام وکړئ: دا بانک لا د ځوابونو په ډېټا نه دی برابر (calibrated) شوی؛ پایلې یوازې نښه ورکوي.
assess-instructions = د خپل انتخاب شمېره ولیکئ، بیا Enter کېکاږئ. 0 = نه پوهېږم. q = ودرول (کله چې {"\u2068"}--save{"\u2069"} وکاروئ، ستاسو ځوابونه ساتل کېږي).
assess-access-heading = ستاسو په اړه (نمره نه لري)
assess-question = پوښتنه { $number }
assess-audio-missing = غږ: د دې پوښتنې لپاره غږ نشته
assess-choose = ستاسو ځواب:
assess-order-hint = شمېرې په سم ترتیب ولیکئ، د تشو ځایونو سره بېلې (د بېلګې په توګه: 2 1 3).
assess-hotspot-hint = په سکرین کې ځای وټاکئ:
assess-task-hint = ارزونکی: ولیکئ چې کار څنګه تېر شو.
assess-invalid = دا ځواب سم نه دی. مهرباني وکړئ بیا هڅه وکړئ.
assess-saved = ناسته په { $file } کې ذخیره شوه.
assess-resumed = یوه ناسته له { $count ->
        [one] { $count } ځواب
       *[other] { $count } ځوابونو
    } سره بیا پیل شوه.
assess-stopped = له پای مخکې ودرېده. { $count ->
        [one] { $count } ځواب ورکړل شو
       *[other] { $count } ځوابونه ورکړل شول
    }.
assess-input-ended = ننوتنه د ازموینې له پای ته رسېدو مخکې پای ته ورسېده.
answer-dont-know = نه پوهېږم

## Result
result-heading = پایله
result-level = کچه: { $name }
result-profile = پروفایل: { $profile }
result-band = احتمالي حد: له NLN { $low } تر NLN { $high } ({ $confidence } % ډاډ)
result-theta = د وړتیا اټکل: { $theta } (معیاري تېروتنه { $se }، { $method })
result-items = نمره لرونکې پوښتنې: { $count }. د ودرېدو لامل: { $reason }
result-capped = ټوله کچه په { $code } کې وساتل شوه ځکه چې یوه اصلي برخه په ښکاره ډول ټیټه ده (که نه نو { $uncapped } به وه).
result-irregular = ناسم پروفایل: اصلي برخې دوه کچې یا زیات سره توپیر لري.
result-areas-heading = برخې
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high })، { $items ->
        [one] { $items } پوښتنه
       *[other] { $items } پوښتنې
    } — { $standing }
result-area-not-measured = { $code } { $name }: نه دی اندازه شوی
result-area-few = (لږې پوښتنې: په پام سره یې ولولئ)
result-can-do-heading = زه کولی شم …
result-next-heading = د زده کړې راتلونکي ګامونه
result-guidance-heading = خدمتونه
result-access-heading = لاسرسی (د ځان راپور)
result-provisional = لنډمهاله: د برېدونو نمرې او د پوښتنو ارزښتونه د ماهرانو له خوا ټاکل شوي تر هغه چې بانک برابر (calibrated) شي.
result-review = پوښتنې په { $locale } کې ښودل شوې ({ $status }).
standing-strength = ځواک
standing-on_level = په کچه کې
standing-needs_support = مرستې ته اړتیا لري
standing-not_measured = نه دی اندازه شوی
guidance-phone-services = کولی شي د ټیلیفون او غږیز پیغام خدمتونه وکاروي
guidance-online-services = د آنلاین ټولګیو او آنلاین خدمتونو لپاره چمتو دی
guidance-independent = له آنلاین حکومتي خدمتونو او دندې لټولو سره خپلواک دی
guidance-met = هو
guidance-not_met = لا نه
guidance-unknown = معلوم نه دی (د لاسرسي پوښتنه نه ده شوې)
stop-precision = پایله کافي دقیقه ده
stop-classified = کچه ټاکل شوې ده
stop-max-items = تر ټولو زیاتې پوښتنې وشوې
stop-bank-exhausted = نورې پوښتنې پاتې نه وې
stop-none = پای ته نه دی رسېدلی
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = کتل شوی
review-machine-drafted = د ماشین له خوا لیکل شوی، لا نه دی کتل شوی
access-field-devices = وسایل
access-field-connection = اتصال
access-field-email_account = د ایمیل حساب
access-field-reads_first_language = لومړۍ ژبه لوستلی شي
access-field-assistive_needs = د مرستې اړتیاوې
access-field-preferred_channel = د خدمت خوښه لار

## Validation
validate-ok = { $path }: هېڅ تېروتنه نشته (په بانک { $bank } کې { $items ->
        [one] { $items } پوښتنه
       *[other] { $items } پوښتنې
    }، { $locales ->
        [one] { $locales } ژبه وڅېړل شوه
       *[other] { $locales } ژبې وڅېړل شوې
    }).
validate-errors = { $path }: { $count ->
        [one] { $count } تېروتنه وموندل شوه
       *[other] { $count } تېروتنې وموندل شوې
    }.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: پیغام `{ $id }` نشته
validate-missing-audio = { $locale }: غږیز کلیپ `{ $id }` په audio.yaml کې نشته
validate-coverage = پوښتنې د کچې له مخې: { $coverage }
validate-no-banks = په { $path } کې هېڅ بانک ونه موندل شو (تمه وه: banks/<name>/bank.yaml).

load-error-syntax = نه لوستل کېږي یا له بڼې سره سمون نه لري: { $detail }
load-error-missing-field = اړین ساحه نشته
load-error-invalid-value = ارزښت سم نه دی: { $detail }
load-error-duplicate-id = تکراري id { $detail }
load-error-unknown-competence = نامعلومه وړتیا { $detail }
load-error-unknown-source = د پرتلې نامعلومه سرچینه { $detail }
load-error-non-positive-a = د توپیر ارزښت a باید له 0 څخه لوی وي (ترلاسه شو { $detail })
load-error-guessing-range = د اټکل ارزښت c باید لږ تر لږه 0 وي او له 1 څخه کم وي (ترلاسه شو { $detail })
load-error-unordered-thresholds = درجه لرونکي برېدونه باید په کلکه ډول زیاتېدونکي وي (ترلاسه شو { $detail })
load-error-threshold-count = د نمرو ډلې او برېدونه سره سمون نه لري (ډلې/برېدونه: { $detail })
load-error-key-not-option = د ځواب کیلي { $detail } د پوښتنې له انتخابونو یا سیمو څخه نه ده
load-error-model-type = دا ماډل د پوښتنې دا ډول نمره کولی نه شي ({ $detail })
load-error-unordered-cuts = د برېدونو نمرې باید له کچې سره زیاتې شي ({ $detail })
load-error-level-sequence = کچې باید 0، 1، 2 … پرته له تشو ولاړې شي (تمه/ترلاسه: { $detail })
load-error-missing-file = فایل ونه موندل شو: { $detail }
load-error-competence-without-items = وړتیا { $detail } په بانک کې هېڅ پوښتنه نه لري
load-error-bad-message-id = د Fluent سم پیغام id نه دی: { $detail }

## Simulation
simulate-progress = له { $total } زده کوونکو { $done } سمولېټ شول
simulate-heading = سمولېشن: { $n } زده کوونکي، تخم { $seed }، بانک { $bank }
simulate-items = د نمره لرونکو پوښتنو منځنی شمېر: { $mean } (تر ټولو زیات: { $max })
simulate-rmse = د وړتیا RMSE: { $rmse }؛ تمایل: { $bias }؛ منځنۍ معیاري تېروتنه: { $se }
simulate-accuracy = په خپله رښتینې کچه کې ځای پر ځای شوي: { $exact } %؛ تر یوې کچې پورې: { $within } %
simulate-exposure = د پوښتنې د ښکاره کېدو تر ټولو لوړه کچه: { $rate } %
simulate-stops = ودرېدل: { $reasons }
simulate-level-line = رښتینې کچه { $code }: { $n } زده کوونکي، دقیق { $exact } %، تر یوې کچې { $within } %، { $items } پوښتنې

## Errors
error-read = { $path } نه شي لوستل کېدی: { $reason }
error-write = په { $path } کې نه شي لیکل کېدی: { $reason }
error-not-content = په { $path } کې نه framework.yaml (د منځپانګې فولډر) شته او نه bank.yaml (د بانک فولډر).
error-session-file = { $path } ذخیره شوې ناسته نه ده: { $reason }
error-session = ناسته نه شي دوام کولی: { $reason }
error-content = منځپانګه تېروتنې لري:
error-locales = د ژبې فایلونه تېروتنې لري:
clip-status-pending = لا نه دی ثبت شوی
clip-status-recorded = ثبت شوی
clip-status-synthesized = د ماشین جوړ شوی غږ
