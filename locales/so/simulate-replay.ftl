## Adaptive test replayed on recorded responses (so, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = Dib u celi imtixaanka la qabsanaya jawaabaha la duubay (fayl jawaabeed sida nln calibrate u akhriyo, dheer ama ballaadhan): qof kastaa wuxuu uga jawaabaa shayada imtixaanku doorto dhibcihiisa la duubay, heerka imtixaankana waxaa lala barbardhigaa heerka dhammaan jawaabihiisa
cli-simulate-opt-missing = Marka --responses la isticmaalo, marka imtixaanku doorto shay aan qofku jawaab duuban u lahayn: skip (caadiga: ka bood oo dooro kan xiga) ama stop (halkaas ku dhammee imtixaanka qofkaas)
replay-heading = Imtixaanka la qabsanaya waxaa dib loogu celiyay jawaabaha la duubay ee { $n ->
    [one] { $n } qof
   *[other] { $n } qof
} (celcelis ahaan { $recorded } jawaabood qof kasta; bangiga { $bank }).
replay-agreement = Heerka imtixaanka = heerka dhammaan jawaabaha la duubay: { $exact } %; hal heer gudahood: { $within } %; RMSE awoodda marka loo eego qiyaastaas: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } imtixaan
   *[other] { $tests } imtixaan
} ({ $share } %) waxay gaadheen shay aan jawaab duuban lahayn oo halkaas ku dhammaadeen.
replay-missing-skip = { $tests ->
    [one] { $tests } imtixaan
   *[other] { $tests } imtixaan
} ({ $share } %) waxay gaadheen shayo aan jawaabo duuban lahayn oo way ka boodeen (celcelis ahaan { $mean } imtixaan kasta).
stop-missing-response = shay ma lahayn jawaab duuban
