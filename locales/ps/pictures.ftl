# انځورونه: د `nln validate` ازموینې د assessments/images/ لپاره او د کتنې پاڼې (لیکوالو او ارزونکو ته).
cli-validate-opt-contact-sheets = د هرې برخې لپاره د کتنې یوه پاڼه (SVG: هر انځور د پوښتنو له پېژندنو او د لمس له سیمو سره) هم په دې فولډر کې ولیکه
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: خبرداری: { $message }
picture-contact-sheets-written = په { $path } کې د لیکل شویو کتنې پاڼو شمېر: { $count }.
picture-missing = پوښتنه { $item } انځور { $picture } ښيي، خو دا انځور په images/ کې نشته
picture-unused = هېڅ پوښتنه انځور { $picture } نه ښيي
picture-bad-name = د انځور نوم په وړو تورو د لیکل شویو کلمو او ځړونو څخه جوړ وي، په .svg پای ته رسېږي او په screens/، icons/ یا photos/ کې وي
picture-unreadable = انځور د لوستلو وړ SVG نه دی: { $reason }
picture-bad-canvas = د انځور کینوس { $found } دی؛ د دې فولډر انځورونه { $expected } کاروي
picture-no-title = انځور د لومړي عنصر په توګه <title> نه لري (د پردې لوستونکي ورته اړتیا لري)
picture-forbidden = انځور { $what } لري، چې اجازه یې نشته (سکرېپټونه، نورو فایلونو ته لینکونه، بټ‌مپ انځورونه، فلټرونه، خوځښت)
picture-too-large = د انځور اندازه { $size } بایټه ده؛ له { $limit } بایټو یې کمه وساتئ
picture-duplicate-id = پېژند "{ $id }" په انځور کې دوه ځله کارول شوی
picture-region-outside = د پوښتنې { $item } سیمه { $region } له خپل انځور بهر وځي ({ $canvas })
picture-regions-overlap = د پوښتنې { $item } سیمې { $first } او { $second } یو پر بل پرتې دي: یو لمس به دواړه معنا ولري
picture-control-missing = انځور { $picture } د پوښتنې { $item } د سیمې { $region } لپاره د "{ $region }" پېژند لرونکی عنصر نه لري
picture-control-outside = د انځور { $picture } عنصر "{ $region }" د پوښتنې { $item } د سیمې { $region } دننه نه دی انځور شوی
