## کالیبرېشن او څېړنه (پښتو، ماشیني مسوده). د څېړونکو لپاره: بې غږه.

cli-calibrate-about = د ځوابونو له معلوماتو د پوښتنو پارامترونه اټکل کړئ (MML-EM) او که وغواړئ د بانک کالیبر شوې نسخه ولیکئ
cli-research-opt-data = د ځوابونو فایل: اوږد CSV ‏(id,item,resp) یا پلن (د هرې پوښتنې یو ستون، NA = نه دی ورکړل شوی)
cli-research-opt-format = د فایل بڼه: long یا wide (ډیفالټ: له سرلیک څخه پېژندل کېږي)
cli-calibrate-opt-model = د هرې پوښتنې ماډل: rasch، 1pl، 2pl، 3pl یا grm
cli-calibrate-opt-items-model = د پوښتنه,ماډل کرښو CSV فایل چې ځینو پوښتنو ته بل ماډل ورکوي
cli-calibrate-opt-anchor = هغه بانک چې پوښتنې یې خپل پارامترونه ساتي (د هغه په پیمانه د ثابتو لنګرو کالیبرېشن)
cli-calibrate-opt-out = بانک د نویو پارامترونو سره، د نوې کالیبر شوې نسخې په توګه، په دې فولډر کې ولیکئ
cli-calibrate-opt-version = د لیکل شوي بانک نسخه (ډیفالټ: راتلونکې کوچنۍ نسخه)
cli-calibrate-opt-slope-prior = په ښویوالو د دې SD سره لاګ-نورمال مخکینی وېش (لکه 0.5)، د خپرو تطبیقي معلوماتو لپاره
cli-calibrate-opt-no-se = معیاري تېروتنې مه محاسبه کوئ (د لویو بانکونو لپاره ګړندی)
cli-score-about = د ځوابونو په فایل کې د هر کس وړتیا، معیاري تېروتنه او NLN کچه اټکل کړئ
cli-score-opt-csv = CSV چاپ کړئ ‏(id,theta,se,level,items)
cli-score-opt-eapsum = د ثابت فورم لپاره د ټولې نمرې له مخې EAP جدول چاپ کړئ (ټولو ورته پوښتنو ته ځواب ورکړی)
cli-export-about = د خوندي شویو ناستو نمره شوي ځوابونه د اوږد یا پلن CSV په توګه صادر کړئ
cli-export-opt-sessions = د خوندي شویو ناستو فایلونه (JSON)
cli-export-opt-out = د معیاري وتنې پر ځای په دې فایل کې ولیکئ

calibrate-progress = د EM دورې
calibrate-converged = { $cycles ->
    [one] له { $cycles } دورې وروسته سره نږدې شو
   *[other] له { $cycles } دورو وروسته سره نږدې شو
} ({ $items } پوښتنې، { $persons } کسان).
calibrate-not-converged = { $cycles ->
    [one] له { $cycles } دورې وروسته سره نږدې نه شو
   *[other] له { $cycles } دورو وروسته سره نږدې نه شو
} ({ $items } پوښتنې، { $persons } کسان): اټکلونه په احتیاط وکاروئ.
calibrate-fit = لاګ-احتمال { $loglik }، AIC { $aic }، BIC { $bic }، { $parameters } پارامترونه.
calibrate-latent = پټ وېش: منځنی { $mean }، SD { $sd }.
calibrate-table-header = پوښتنه، ماډل، ښویوالی a (SE)، ځای b (SE)، اسیمپټوټ c (SE)، ځوابونه؛ * = لنګر
calibrate-se-method = معیاري تېروتنې: { $method }.
calibrate-written = د بانک { $version } نسخه په { $path } کې ولیکل شوه ({ $items } پوښتنې کالیبر شوې).
calibrate-unknown-model = ناپېژندل شوی ماډل “{ $model }” ‏(rasch، 1pl، 2pl، 3pl یا grm)
calibrate-unknown-item = پوښتنه “{ $item }” د ځوابونو په فایل کې نشته
calibrate-out-unknown-items = هېڅ بانک نه شي لیکل کېدای: دا پوښتنې په { $bank } بانک کې نشته: { $items }
calibrate-out-invalid = کالیبر شوی بانک به نه پورته کېده:
calibrate-error-spec-count = ماډلونه د ځوابونو د فایل له پوښتنو سره سمون نه خوري.
calibrate-error-no-data = فایل هېڅ ځواب نه لري.
calibrate-error-no-variation = پوښتنه { $item }: ټول ځوابونه یوه نمره لري، د اټکل لپاره څه نشته.
calibrate-error-not-dichotomous = پوښتنه { $item } نمره { $score } لري، خو ماډل یوازې 0 او 1 ورکوي (--model grm وکاروئ).
calibrate-error-empty-category = پوښتنه { $item }: هېچا { $score } نه دی اخیستی؛ نمرې بیا کوډ کړئ چې هره ډله وکارول شي.
calibrate-error-anchor-categories = لنګر پوښتنه { $item } ‏{ $categories } ډلې لري، خو معلومات { $score } نمره لري.
calibrate-error-settings = د کالیبرېشن یوه ترتیب له حد څخه بهر ده.
calibrate-data-item-out-of-range = د پوښتنې ستون له حد بهر
calibrate-data-duplicate-item = یوه پوښتنه په یوه کرښه کې دوه ځله
calibrate-data-bad-weight = د کرښې وزن چې مثبت عدد نه دی
calibrate-data-score-too-large = ډېره لویه نمره

data-error-csv = خراب CSV: { $reason }
data-error-empty = فایل تش دی
data-error-missing-column = ستون “{ $column }” نشته
data-error-duplicate-column = ستون “{ $column }” دوه ځله راغلی
data-error-no-items = د پوښتنو ستون نشته
data-error-bad-score = نمره “{ $value }” د 0 یا ډېر بشپړ عدد نه دی (NA یا تش = نه دی ورکړل شوی)
data-error-empty-id = تش پېژندنه
data-error-duplicate-response = کس “{ $person }” پوښتنې “{ $item }” ته دوه ځله ځواب ورکړی
data-error-duplicate-person = کس “{ $person }” دوه کرښې لري
data-error-covariate-conflict = کس “{ $person }”: متغیر { $name } هم “{ $first }” دی او هم “{ $second }”
data-error-unknown-item = پوښتنه “{ $item }” په { $bank } بانک کې نشته یا IRT ماډل نه لري.

score-header = پېژندنه، تیټا، SE، NLN کچه، ځواب شوې پوښتنې ({ $method })؛ * = د لټون په پوله MLE
score-out-of-range = کس { $person }، پوښتنه { $item }: نمره { $score } د پوښتنې تر لوړې نمرې { $max } لوړه ده.
score-not-fixed-form = د ټولې نمرې EAP جدول ثابت فورم غواړي: ټول باید ورته پوښتنو ته ځواب ورکړي.
score-eapsum-header = ټوله نمره، EAP تیټا، SD، لیدل شوي کسان، تمه شوي کسان

export-error-session = { $path }: خوندي شوې ناسته نه ده ({ $reason })
calibrate-se-skipped = معیاري تېروتنې پرېښودل شوې: له { $limit } ډېر ازاد پارامترونه (هر یو دوه ځله پر معلوماتو تېرېدل غواړي).

cli-link-about = یو بانک د ګډو پوښتنو له لارې د بل بانک پیمانې ته راوړئ (Stocking–Lord، Haebara؛ منځنی/منځنی، منځنی/سیګما د کتنې لپاره)
cli-link-opt-new = هغه بانک (فولډر) چې بدلېږي
cli-link-opt-base = هغه بانک (فولډر) چې پیمانه یې ساتل کېږي
link-common = { $common } ګډې پوښتنې.
link-header = طریقه، ښویوالی A، ثابت B د θ(بنسټ) = A · θ(نوی) + B
link-error-few = تړل لږ تر لږه دوه ګډې پوښتنې غواړي چې په دواړو بانکونو کې ورته ماډل ولري ({ $common } وموندل شوې).
