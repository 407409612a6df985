## Adaptive test replayed on recorded responses (ps, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = تطبیقي ازموینه په ثبت شویو ځوابونو بیا وچلوئ (د ځوابونو فایل لکه nln calibrate یې چې لولي، اوږد یا پلن): هر کس هغو پوښتنو ته چې ازموینه یې ټاکي په خپله ثبت شوې نمره ځواب ورکوي، او د ازموینې کچه د هغه د ټولو ځوابونو له کچې سره پرتله کېږي
cli-simulate-opt-missing = د {"\u2068"}--responses{"\u2069"} سره، کله چې ازموینه داسې پوښتنه وټاکي چې د کس ثبت شوی ځواب نه لري: skip (ډیفالټ: پرېښودل او بله ټاکل) یا stop (د هغه کس ازموینه همالته پای ته رسول)
replay-heading = تطبیقي ازموینه د { $n ->
    [one] { $n } کس
   *[other] { $n } کسانو
} په ثبت شویو ځوابونو بیا وچلول شوه (په اوسط ډول هر کس { $recorded } ځوابونه؛ بانک { $bank }).
replay-agreement = د ازموینې کچه = د ټولو ثبت شویو ځوابونو کچه: { $exact } ٪؛ تر یوې کچې پورې: { $within } ٪؛ د هغه اټکل په وړاندې د وړتیا RMSE: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } ازموینه
   *[other] { $tests } ازموینې
} ({ $share } ٪) داسې پوښتنې ته ورسېدې چې ثبت شوی ځواب یې نه درلود او همالته پای ته ورسېدې.
replay-missing-skip = { $tests ->
    [one] { $tests } ازموینه
   *[other] { $tests } ازموینې
} ({ $share } ٪) داسې پوښتنو ته ورسېدې چې ثبت شوي ځوابونه یې نه درلودل او ترې تېرې شوې (په اوسط ډول په هره ازموینه کې { $mean }).
stop-missing-response = یوه پوښتنه ثبت شوی ځواب نه درلود
