## Adaptive test replayed on recorded responses (uk, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = Повторити адаптивний тест на записаних відповідях (файл відповідей, як його читає nln calibrate, довгий або широкий): кожна особа відповідає на завдання, які обирає тест, своїм записаним балом, і рівень тесту порівнюється з рівнем усіх її відповідей
cli-simulate-opt-missing = З --responses, коли тест обирає завдання, на яке в особи немає записаної відповіді: skip (типово: пропустити й обрати наступне) або stop (завершити тест цієї особи там)
replay-heading = Адаптивний тест повторено на записаних відповідях { $n ->
    [one] { $n } особи
    [few] { $n } осіб
    [many] { $n } осіб
   *[other] { $n } осіб
} (у середньому { $recorded } відповідей на особу; банк { $bank }).
replay-agreement = Рівень тесту = рівень усіх записаних відповідей: { $exact } %; з різницею не більше одного рівня: { $within } %; RMSE здібності щодо цієї оцінки: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } тест
    [few] { $tests } тести
    [many] { $tests } тестів
   *[other] { $tests } тесту
} ({ $share } %) дійшли до завдання без записаної відповіді й завершилися там.
replay-missing-skip = { $tests ->
    [one] { $tests } тест
    [few] { $tests } тести
    [many] { $tests } тестів
   *[other] { $tests } тесту
} ({ $share } %) дійшли до завдань без записаних відповідей і пропустили їх (у середньому { $mean } на тест).
stop-missing-response = завдання не мало записаної відповіді
