# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = پښتو
web-choose-language = خپله ژبه وټاکئ
web-change-language = بله ژبه وټاکئ
web-join-heading = ستاسو د ازموینې کوډ
web-join-help = ستاسو ارزونکی تاسو ته یو کوډ درکوي. دلته یې ولیکئ.
web-join-label = د ازموینې کوډ
web-join-button = پیل
web-join-invalid = دا کوډ کار نه کوي. وې ګورئ، یا له خپل ارزونکي نه نوی کوډ وغواړئ.
web-familiar-heading = د پیل نه مخکې
web-familiar-not-scored = دا تمرین نه شمېرل کېږي.
web-familiar-play = د کلمو اورېدلو لپاره د غږ تڼۍ کېکاږئ.
web-familiar-tap = د ځواب لپاره، خپل ځواب کېکاږئ. اوس یې وازمویئ: ستوری کېکاږئ.
web-familiar-star = ستوری
web-familiar-done = شاباس!
web-familiar-dont-know = که ځواب نه پوهېږئ، «نه پوهېږم» کېکاږئ. هېڅ ستونزه نشته.
web-begin = ازموینه پیل کړئ
web-read-aloud = په اتومات ډول په لوړ غږ لوستل
web-play = واورئ
web-stop = غږ ودروئ
web-order-hint = ګامونه په سمه ترتیب کېکاږئ. د بدلون لپاره «بیا پیل» کېکاږئ.
web-order-done = بشپړ شو
web-order-again = بیا پیل
web-hotspot-hint = په انځور کې سم ځای کېکاږئ.
web-hotspot-list = یا ځای له دې لست نه وټاکئ:
web-about-you = ستاسو په اړه. دا نه شمېرل کېږي.
web-wait-assessor = اوس ستاسو ارزونکی تاسو ګوري چې یو کار کوئ. مهرباني وکړئ انتظار وکړئ.
web-saving = ستاسو ځواب خوندي کېږي…
web-offline = اړیکه پرې شوه. ستاسو ځواب ساتل شوی. بیا هڅه کوو.
web-error = یوه ستونزه پېښه شوه. مهرباني وکړئ له خپل ارزونکي وپوښتئ.
web-end-heading = مننه. تاسو بشپړ کړه.
web-end-next = ستاسو ځوابونه خوندي شول. ستاسو ارزونکی به د راتلونکي ګام په اړه درسره خبرې وکړي. تاسو کولی شئ دا پاڼه وتړئ.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = د ډیجیټلي مهارتونو ازموینه
web-question-number = پوښتنه { $number }

## Assessor view

web-assessor-title = د ارزونکي پاڼه
web-assessor-forget-key = کیلي هېره کړئ
web-assessor-key-heading = د خپل ادارې په کیلي ننوځئ
web-assessor-key-label = د ادارې د پروګرام کیلي
web-assessor-key-hint = یوازې په دې براوزر ټب کې ساتل کېږي تر هغه چې یې وتړئ.
web-assessor-key-use = دا کیلي وکاروئ
web-assessor-key-wrong = دا کیلي کار نه کوي. بیا یې ولیکئ.
web-assessor-start-heading = یوه غونډه پیل کړئ
web-assessor-learner-ref = د زده کوونکي حواله
web-assessor-learner-ref-hint = د زده کوونکي لپاره ستاسو د ادارې کوډ: توري، عددونه، ټکي، لیکې. هېڅکله نوم نه.
web-assessor-language = د زده کوونکي ژبه
web-assessor-assisted = زه له زده کوونکي سره ناست یم او لیدل شوي کارونه ثبتوم
web-assessor-start = غونډه پیل کړئ
web-assessor-session-heading = روانه غونډه
web-assessor-answered = تر اوسه ځوابونه
web-assessor-code = د زده کوونکي د وسیلې لپاره د ګډون کوډ:
web-assessor-code-help = زده کوونکی دا پته په خپله وسیله پرانیزي، یا QR کوډ سکن کوي، او کوډ لیکي. که پاڼه وتړل شي، همدا کوډ ازموینه بیا په همغه پوښتنه پرانیزي.
web-assessor-qr = د یوځای کېدو د لینک QR کوډ: د تلیفون په کمرې یې سکن کړئ
web-assessor-new-code = نوی د ګډون کوډ
web-assessor-stop = غونډه همدا اوس پای ته ورسوئ
web-assessor-task = لیدل شوی کار: ثبت کړئ چې څنګه تېر شو
web-assessor-result = پایله
web-assessor-print = پایله چاپ کړئ
web-assessor-print-learner = د زده کوونکي پاڼه چاپ کړئ
web-assessor-new = بله غونډه پیل کړئ

## Printed result

web-report-heading = د ډیجیټلي سواد پایله
web-report-profile = د برخو له مخې انځور
web-report-can-do = کولی شي
web-report-next = راتلونکي ګامونه
web-report-based-on = دا پایله پر څه ولاړه ده
web-report-items = ځواب شوې پوښتنې
web-report-range = د کچې احتمالي حد
web-report-precision = معیاري تېروتنه (لوجیټ)
web-report-calibration = تنظیم
web-report-language = د ازموینې ژبه
web-report-session = غونډه
web-report-time = نېټه (نړیوال وخت)
web-report-not-measured = نه دی اندازه شوی
web-home-heading = زما ډیجیټلي مهارتونه
web-home-can = زه کولی شم
web-home-next = وروسته به زده کړم
