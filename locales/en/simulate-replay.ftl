## Adaptive test replayed on recorded responses (English). Researcher-facing: no audio clips.

cli-simulate-opt-responses = Replay the adaptive test on recorded responses (a response file as nln calibrate reads it, long or wide): each person answers the items the test selects with their recorded score, and the test's level is compared with the level of all their answers
cli-simulate-opt-missing = With --responses, when the test selects an item the person has no recorded response to: skip (default: pass it over and select the next best) or stop (end that person's test there)
replay-heading = Replayed the adaptive test on the recorded responses of { $n ->
    [one] { $n } person
   *[other] { $n } persons
} ({ $recorded } answers each on average; bank { $bank }).
replay-agreement = Test level = level from all recorded answers: { $exact } %; within one level: { $within } %; ability RMSE against that estimate: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } test
   *[other] { $tests } tests
} ({ $share } %) reached an item without a recorded response and ended there.
replay-missing-skip = { $tests ->
    [one] { $tests } test
   *[other] { $tests } tests
} ({ $share } %) reached items without a recorded response and passed them over ({ $mean } per test on average).
stop-missing-response = an item had no recorded response
