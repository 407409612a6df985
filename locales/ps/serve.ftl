# nln serve / nln agency: د HTTP خدمت او هغه ادارې چې کاروي یې. د ارزونکو او معلوماتي ټکنالوژۍ لپاره متن.

cli-serve-about = د منلو سیستمونو لپاره د HTTP/JSON خدمت چلول
cli-serve-opt-listen = د اورېدو پته (IP:PORT)
cli-serve-opt-database = ډیټابېس: sqlite:PATH (اصلي sqlite:nln.db) یا {"\u2068"}postgres://…{"\u2069"}
cli-serve-opt-rate-limit = د هرې کیلي لپاره په ثانیه کې اجازه لرونکې غوښتنې (0 حد لرې کوي)
cli-serve-opt-sessions-per-hour = د هرې کیلي لپاره په ساعت کې اجازه لرونکې نوې ناستې (0 حد لرې کوي)
cli-agency-about = هغه ادارې اداره کړئ چې خدمت کاروي
cli-agency-add-about = یوه اداره ور زیاته کړئ او د هغې لومړۍ API کیلي چاپ کړئ
cli-agency-opt-name = د ادارې نوم
cli-agency-opt-retention = د زده کوونکو معلومات د ړنګولو مخکې څو ورځې ساتل کېږي

serve-listening = د nln خدمت په { $url } اوري (ډیټابېس: { $database }).
serve-openapi = د API تشریح: { $url }
serve-key-hint = د ادارې کیلي ترلاسه کولو لپاره دا وچلوئ: { $command }
serve-error-start = خدمت پیل نه شو: { $reason }
serve-error-listen = «{ $address }» د اورېدو پته نه ده؛ IP:PORT وکاروئ، لکه 127.0.0.1:8080.
serve-error-database = «{ $address }» د ډیټابېس پته نه ده؛ sqlite:PATH یا {"\u2068"}postgres://…{"\u2069"} وکاروئ
agency-added = اداره «{ $name }» ور زیاته شوه (id { $id }).
agency-key-once = د هغې API کیلي لاندې ده، یوازې همدا یو ځل ښودل کېږي: خوندي یې وساتئ؛ خدمت یوازې د هغې هش ساتي.
agency-error = اداره ور زیاته نه شوه: { $reason }

serve-problem-unauthorized = ننوتي نه یاست
serve-problem-unauthorized-detail = یوه سمه API کیلي یا د زده کوونکي ټوکن د «Authorization: Bearer …» په توګه ولېږئ.
serve-problem-forbidden = اجازه نشته
serve-problem-forbidden-detail = دا کیلي یا ټوکن دا کار نه شي کولی.
serve-problem-not-found = ونه موندل شو
serve-problem-not-found-detail = دلته هېڅ داسې نشته چې دا کیلي یا ټوکن یې ولیدلی شي.
serve-problem-method-not-allowed = طریقه نه منل کېږي
serve-problem-method-not-allowed-detail = دا پته دا HTTP طریقه نه مني.
serve-problem-bad-request = ناسمه غوښتنه
serve-problem-bad-request-detail = غوښتنه ونه لوستل شوه: { $reason }
serve-problem-unsupported-media = د منځپانګې ناملاتړ شوی ډول
serve-problem-unsupported-media-detail = متن د application/json په توګه ولېږئ: { $reason }
serve-problem-too-large = غوښتنه ډېره لویه ده
serve-problem-too-large-detail = متن د { $limit } بایټه حد څخه لوی دی.
serve-problem-invalid-answer = ځواب له پوښتنې سره سمون نه لري
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] ځواب داسې انتخاب یادوي چې په دې پوښتنه کې نشته.
    [score-out-of-range] نمره د دې پوښتنې له حد څخه لوړه ده.
    [incomplete-order] ترتیب باید هر ګام سم یو ځل یاد کړي.
   *[wrong-kind] دا ډول ځواب له دې پوښتنې سره سمون نه لري؛ د هغې answer_kinds وګورئ.
}
serve-problem-wrong-sequence = ناسمه لړۍ شمېره
serve-problem-wrong-sequence-detail = ناسته د { $expected } شمېره ځواب ته انتظار باسي. ناسته بیا ولولئ او هغې پوښتنې ته ځواب ورکړئ چې ښيي یې.
serve-problem-not-pending = پوښتنه ځواب ته انتظار نه باسي
serve-problem-not-pending-detail = دا هغه پوښتنه نه ده چې ناسته یې انتظار باسي. ناسته بیا ولولئ او هغې پوښتنې ته ځواب ورکړئ چې ښيي یې.
serve-problem-finished = ناسته پای ته ورسېده
serve-problem-finished-detail = دا ناسته پای ته رسېدلې او نور ځوابونه نه مني.
serve-problem-not-finished = ناسته لا پای ته نه ده رسېدلې
serve-problem-not-finished-detail = پایله د ناستې په پای کې چمتو کېږي؛ د ورکړل شوو ځوابونو سره د کچې ټاکلو لپاره یې مخکې ودروئ.
serve-problem-idempotency-key-required = Idempotency-Key ته اړتیا ده
serve-problem-idempotency-key-required-detail = له هر ځواب سره یو ځانګړی Idempotency-Key سرلیک (تر 255 توریو پورې) ولېږئ، او د بیا هڅې پر مهال همغه.
serve-problem-idempotency-key-reused = Idempotency-Key مخکې کارول شوې
serve-problem-idempotency-key-reused-detail = دا Idempotency-Key د بلې غوښتنې لپاره کارول شوې. د نوي ځواب لپاره نوې کیلي وکاروئ.
serve-problem-rate-limited = ډېرې زیاتې غوښتنې
serve-problem-rate-limited-detail = { $seconds ->
    [one] د دې کیلي لپاره ډېرې زیاتې غوښتنې. { $seconds } ثانیه وروسته بیا هڅه وکړئ.
   *[other] د دې کیلي لپاره ډېرې زیاتې غوښتنې. { $seconds } ثانیې وروسته بیا هڅه وکړئ.
}
serve-problem-unknown-bank = نامعلوم د پوښتنو بانک
serve-problem-unknown-bank-detail = په دې خدمت کې د «{ $bank }» په نوم د پوښتنو بانک نشته.
serve-problem-unknown-language = نامعلومه ژبه
serve-problem-unknown-language-detail = «{ $language }» د هغو ژبو څخه نه ده چې دا خدمت یې وړاندې کوي.
serve-problem-invalid-join-code = نامعلوم د ګډون کوډ
serve-problem-invalid-join-code-detail = دا د ګډون کوډ سم نه دی: کېدای شي ناسم لیکل شوی وي، مخکې کارول شوی وي یا یې موده پای ته رسېدلې وي. نوی کوډ وغواړئ.
serve-problem-unavailable = خدمت شتون نه لري
serve-problem-unavailable-detail = خدمت اوس خپل ډیټابېس ته نه شي رسېدلی. لږ وروسته بیا هڅه وکړئ؛ هېڅ تایید شوی شی له لاسه نه دی تللی.
serve-problem-internal = دننۍ تېروتنه
serve-problem-internal-detail = په سرور کې یوه ستونزه پېښه شوه. هېڅ تایید شوی شی له لاسه نه دی تللی؛ بیا هڅه وکړئ.
