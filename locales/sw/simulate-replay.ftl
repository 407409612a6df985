## Adaptive test replayed on recorded responses (sw, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = Rudia jaribio linalojirekebisha kwa majibu yaliyorekodiwa (faili la majibu kama linavyosomwa na nln calibrate, refu au pana): kila mtu anajibu vipengele ambavyo jaribio linachagua kwa alama yake iliyorekodiwa, na kiwango cha jaribio kinalinganishwa na kiwango cha majibu yake yote
cli-simulate-opt-missing = Pamoja na --responses, jaribio linapochagua kipengele ambacho mtu hana jibu lililorekodiwa: skip (chaguo-msingi: kiruke na uchague kinachofuata) au stop (maliza jaribio la mtu huyo hapo)
replay-heading = Jaribio linalojirekebisha limerudiwa kwa majibu yaliyorekodiwa ya { $n ->
    [one] mtu { $n }
   *[other] watu { $n }
} (wastani wa majibu { $recorded } kwa kila mmoja; benki { $bank }).
replay-agreement = Kiwango cha jaribio = kiwango cha majibu yote yaliyorekodiwa: { $exact } %; ndani ya kiwango kimoja: { $within } %; RMSE ya uwezo dhidi ya makadirio hayo: { $rmse }
replay-missing-stop = { $tests ->
    [one] Jaribio { $tests }
   *[other] Majaribio { $tests }
} ({ $share } %) yalifikia kipengele kisicho na jibu lililorekodiwa na kuishia hapo.
replay-missing-skip = { $tests ->
    [one] Jaribio { $tests }
   *[other] Majaribio { $tests }
} ({ $share } %) yalifikia vipengele visivyo na majibu yaliyorekodiwa na kuviruka (wastani wa { $mean } kwa kila jaribio).
stop-missing-response = kipengele hakikuwa na jibu lililorekodiwa
