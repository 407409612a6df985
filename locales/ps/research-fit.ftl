## Item and person fit, DIF, standard setting and plots (ps, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = وګورئ چې د بانک پارامیټرونه د ځوابونو له معلوماتو سره څومره برابر دي: د توکي S-X² برابري، infit/outfit منځنی مربع، د کس lz برابري
cli-fit-opt-min-expected = د ټولټال نمرې ډلې سره یوځای کړئ تر هغه چې هر متوقع شمېر لږ تر لږه دومره شي (د mirt mincell؛ 0 هیڅ نه یوځای کوي)
cli-fit-opt-persons = د توکو د جدول پر ځای د هر کس lz وښایاست
cli-fit-opt-csv = CSV چاپ کړئ (توکي، یا د {"\u2068"}--persons{"\u2069"} سره کسان)
fit-items-header = توکی، ماډل، S-X²، df، p، RMSEA، infit (z)، outfit (z)؛ * = p له 0.01 څخه کم یا منځنی مربع له 0.7–1.3 بهر
fit-persons-header = پېژند، EAP تیټا، lz، ځواب شوي توکي؛ * = lz له { $cut } څخه کم
fit-s-x2-used = S-X² { $persons ->
    [one] هغه { $persons } کس وکاراوه چې ټولو توکو ته یې ځواب ورکړی؛
   *[other] هغه { $persons } کسان وکارول چې ټولو توکو ته یې ځواب ورکړی؛
} { $skipped ->
    [one] { $skipped } کرښې یو توکی نه درلود او پرېښودل شوه.
   *[other] { $skipped } کرښو یو توکی نه درلود او پرېښودل شول.
}
fit-s-x2-none = S-X² د ټولټال نمرې ډلې پرتله کوي او داسې کسانو ته اړتیا لري چې ټولو توکو ته یې ځواب ورکړی وي (ثابت فورم)؛ هیچا داسې ونه کړل، نو یوازې infit، outfit او lz ښودل کېږي.
fit-persons-flagged = { $persons ->
    [one] له { $persons } کس څخه
   *[other] له { $persons } کسانو څخه
} د { $flagged } lz له { $cut } څخه کم دی (ناڅاپي ځوابي بڼې؛ د {"\u2068"}--persons{"\u2069"} سره یې لېست وګورئ).
fit-error-min-expected = ‎--min-expected باید له 0 تر 1000 پورې شمېره وي، نه { $value }.

cli-dif-about = د یوې شخصي متغیر د ډلو ترمنځ د توکو توپیري کارکرد (DIF) وڅېړئ: Mantel–Haenszel (د ETS ‏A/B/C ټولګي) او لوژستیک ریګرېشن؛ یوازې نښې، هیڅ نه لرې کېږي
cli-dif-opt-group = هغه شخصي متغیر چې ډلې ټاکي (لکه cov_lang یا cov_mode)
cli-dif-opt-focal = تمرکزي ډله (ډیفالټ: د مرجع پرته هره ډله، هر یوه ته یوه پرتله)
cli-dif-opt-reference = مرجع ډله (ډیفالټ: تر ټولو لویه ډله)
cli-dif-opt-csv = CSV چاپ کړئ (د هرې پرتلې او توکي لپاره یوه کرښه)
dif-comparison = { $group }: مرجع «{ $reference }»، تمرکزي «{ $focal }»
dif-matching-total = کسان د ټولټال نمرې له مخې سره برابرېږي؛ هغه توکي چې په لومړي پړاو کې نښه شوي له هغې ایستل کېږي (پاکونه).
dif-matching-theta = هر چا ټولو توکو ته ځواب نه دی ورکړی: کسان د EAP وړتیا له مخې برابرېږي (د Mantel–Haenszel لپاره لس طبقې).
dif-purified = د برابرولو له ټولټال نمرې ایستل شوي: { $items }
dif-header = توکی، ځوابونه مرجع/تمرکزي، MH ډېلټا، MH ‏p، ETS ټولګی، LR یونیفورم p، LR غیر یونیفورم p، LR ‏ΔR²؛ * = د بیاکتنې لپاره نښه (ټولګی B یا C، یا LR ‏p له 0.01 کم او ΔR² لږ تر لږه 0.035)
dif-not-studied = ونه څېړل شو (درجه‌بندي توکی، یا په یوه ډله کې ځواب نشته)
dif-flagged = { $flagged ->
    [one] { $flagged } توکی د بیاکتنې لپاره نښه شو (لرې نه شو).
   *[other] { $flagged } توکي د بیاکتنې لپاره نښه شول (لرې نه شول).
}
dif-error-unknown-group = د ځوابونو دوتنه { $group } متغیر نه لري (دا لري: { $known }). اوږدې دوتنې متغیرونه په {"\u2068"}cov_…{"\u2069"} ستنو کې لري.
dif-error-unknown-value = متغیر { $group } د «{ $value }» ډله نه لري (دا لري: { $known }).
dif-error-groups = متغیر { $group } لږ تر لږه دوو ډلو ته اړتیا لري، چې مرجع او تمرکزي ډلې یې سره توپیر ولري.
cli-standard-setting-about = د نښه‌کوونکي (bookmark) معیار ټاکنه: د توکو ترتیب شوی کتابګوټی چاپ کړئ، یا د پینل غړو نښې وړاندیز شوو پرې نمرو او د کچو دوتنې ته واړوئ
cli-standard-setting-opt-bookmarks = د نښو CSV، ستنې panellist,level,page: د کتابګوټي وروستۍ پاڼه چې هغه زده‌کوونکی یې زده لري چې د هغې کچې په پرې کې ولاړ دی
cli-standard-setting-opt-rp = د ځواب احتمال چې کتابګوټی ترتیبوي (د دود له مخې RP67)
cli-standard-setting-opt-out = د کچو دوتنه له وړاندیز شوو پرې نمرو (د پینل منځنۍ) او سرچینې سره دلته ولیکئ
standard-setting-booklet-header = پاڼه، توکی، د نمرې پړاو، د RP{ $rp } ځای (θ)، په دې θ کې نننۍ کچه
standard-setting-panel = { $panellists ->
    [one] { $panellists } د پینل غړی
   *[other] { $panellists } د پینل غړي
}، په RP ‏{ $rp } کې د { $pages } پاڼو کتابګوټی.
standard-setting-cuts-header = کچه، اوسنۍ پرې نمره، وړاندیز شوې پرې نمره (منځنۍ)، اوسط، SD، د پینل ترمنځ لمن
standard-setting-written = { $path } ولیکل شوه، { $cuts ->
    [one] له { $cuts } وړاندیز شوې پرې نمرې سره
   *[other] له { $cuts } وړاندیز شوو پرې نمرو سره
} (حالت: panel).
standard-setting-error-rp = ‎--rp باید د 0 او 1 ترمنځ احتمال وي، نه { $value }.
standard-setting-error-level = کچه «{ $level }» پرې نمره نه لري
standard-setting-error-page = پاڼه { $page } د کتابګوټي له وروستۍ پاڼې { $pages } څخه اوړي
standard-setting-error-empty = په دوتنه کې هیڅ نښه نشته.
standard-setting-error-missing = د پینل غړی «{ $panellist }» د { $level } کچې لپاره نښه نه لري؛ هر غړی د ورته کچو لپاره نښې ږدي.
standard-setting-error-decreasing = د پینل غړي «{ $panellist }» لوړه کچه له ټیټې کچې څخه په مخکنۍ پاڼه کې ایښې ده.
standard-setting-error-order = وړاندیز شوې پرې نمرې، له نابدلو سره یوځای، له کچو سره نه لوړېږي؛ هیڅ ونه لیکل شول.
data-error-bad-page = پاڼه «{ $value }» د 1 یا ډېر بشپړ عدد نه دی
data-error-duplicate-bookmark = د پینل غړي «{ $panellist }» د { $level } کچه دوه ځله نښه کړې

cli-plot-about = د بانک SVG ګرافونه رسم کړئ: د ازموینې معلومات له معیاري تېروتنې او د کچو له پرې نمرو سره، او د هر توکي ځانګړنیز او معلوماتي منحني
cli-plot-opt-out = هغه فولډر چې SVG دوتنې پکې لیکل کېږي (که نه وي جوړېږي)
cli-plot-opt-items = یوازې دا توکي (په کامې جلا پېژندونه؛ ډیفالټ: هر توکی چې ماډل لري)
plot-title-test = د ازموینې معلومات: بانک { $bank } { $version } ({ $items } توکي)
plot-title-item = توکی { $item } ({ $model })
plot-axis-theta = θ (وړتیا، لوجیټ)
plot-axis-information = معلومات
plot-axis-se = معیاري تېروتنه
plot-axis-probability = احتمال
plot-legend-score = نمره { $score }
plot-written = { $count ->
    [one] { $count } ګراف په { $path } کې ولیکل شو.
   *[other] { $count } ګرافونه په { $path } کې ولیکل شول.
}
