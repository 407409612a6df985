## Adaptive test replayed on recorded responses (tl, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = Ulitin ang adaptive na pagsusulit sa mga naitalang sagot (isang file ng sagot gaya ng binabasa ng nln calibrate, long o wide): sinasagot ng bawat tao ang mga item na pinili ng pagsusulit gamit ang naitala niyang iskor, at inihahambing ang antas ng pagsusulit sa antas ng lahat ng kanyang sagot
cli-simulate-opt-missing = Kasama ang --responses, kapag pumili ang pagsusulit ng item na walang naitalang sagot ng tao: skip (default: laktawan at piliin ang susunod) o stop (tapusin doon ang pagsusulit ng taong iyon)
replay-heading = Inulit ang adaptive na pagsusulit sa mga naitalang sagot ng { $n ->
    [one] { $n } tao
   *[other] { $n } na tao
} ({ $recorded } sagot bawat isa sa karaniwan; bangko { $bank }).
replay-agreement = Antas ng pagsusulit = antas mula sa lahat ng naitalang sagot: { $exact } %; hanggang isang antas ang layo: { $within } %; RMSE ng kakayahan laban sa tantiyang iyon: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } pagsusulit
   *[other] { $tests } na pagsusulit
} ({ $share } %) ang umabot sa item na walang naitalang sagot at doon natapos.
replay-missing-skip = { $tests ->
    [one] { $tests } pagsusulit
   *[other] { $tests } na pagsusulit
} ({ $share } %) ang umabot sa mga item na walang naitalang sagot at nilaktawan ang mga ito ({ $mean } bawat pagsusulit sa karaniwan).
stop-missing-response = may item na walang naitalang sagot
