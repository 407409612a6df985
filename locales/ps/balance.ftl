## د ځوابونو د کلي توازن (پښتو، ماشیني مسوده). Printed by `nln validate`; never a failure.

balance-kind-choice = د انتخاب پوښتنې
balance-kind-hotspot = پر انځور د ټکولو پوښتنې (د سیمو لړلیک)
balance-key-position = خبرداری: { $kind }: سم ځواب په { $position } ځای کې دی په { $observed }/{ $items } کې (متوازن: شاوخوا { $expected }).
balance-true-false = خبرداری: سم/ناسم پوښتنې: سم ځواب «سم» دی په { $true }/{ $items } کې (متوازن: شاوخوا نیمایي).
balance-order-as-shown = خبرداری: د ترتیب پوښتنه { $item }: سم ځواب هماغه ترتیب دی چې ګامونه پکې ښودل کېږي؛ که یې پرېږدئ نمره اخلي.
