## Adaptive test replayed on recorded responses (pa, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = ਦਰਜ ਕੀਤੇ ਜਵਾਬਾਂ ਉੱਤੇ ਅਨੁਕੂਲ ਟੈਸਟ ਦੁਬਾਰਾ ਚਲਾਓ (ਜਵਾਬਾਂ ਦੀ ਫਾਈਲ ਜਿਵੇਂ nln calibrate ਪੜ੍ਹਦਾ ਹੈ, ਲੰਮੀ ਜਾਂ ਚੌੜੀ): ਹਰ ਵਿਅਕਤੀ ਟੈਸਟ ਵੱਲੋਂ ਚੁਣੀਆਂ ਆਈਟਮਾਂ ਦਾ ਜਵਾਬ ਆਪਣੇ ਦਰਜ ਅੰਕ ਨਾਲ ਦਿੰਦਾ ਹੈ, ਅਤੇ ਟੈਸਟ ਦੇ ਪੱਧਰ ਦੀ ਤੁਲਨਾ ਉਸਦੇ ਸਾਰੇ ਜਵਾਬਾਂ ਦੇ ਪੱਧਰ ਨਾਲ ਹੁੰਦੀ ਹੈ
cli-simulate-opt-missing = --responses ਨਾਲ, ਜਦੋਂ ਟੈਸਟ ਅਜਿਹੀ ਆਈਟਮ ਚੁਣੇ ਜਿਸਦਾ ਵਿਅਕਤੀ ਦਾ ਦਰਜ ਜਵਾਬ ਨਹੀਂ: skip (ਡਿਫਾਲਟ: ਛੱਡ ਕੇ ਅਗਲੀ ਚੁਣੋ) ਜਾਂ stop (ਉਸ ਵਿਅਕਤੀ ਦਾ ਟੈਸਟ ਉੱਥੇ ਖਤਮ ਕਰੋ)
replay-heading = { $n ->
    [one] { $n } ਵਿਅਕਤੀ
   *[other] { $n } ਵਿਅਕਤੀਆਂ
} ਦੇ ਦਰਜ ਜਵਾਬਾਂ ਉੱਤੇ ਅਨੁਕੂਲ ਟੈਸਟ ਦੁਬਾਰਾ ਚਲਾਇਆ ਗਿਆ (ਔਸਤਨ ਹਰ ਇੱਕ ਦੇ { $recorded } ਜਵਾਬ; ਬੈਂਕ { $bank })।
replay-agreement = ਟੈਸਟ ਪੱਧਰ = ਸਾਰੇ ਦਰਜ ਜਵਾਬਾਂ ਦਾ ਪੱਧਰ: { $exact } %; ਇੱਕ ਪੱਧਰ ਦੇ ਅੰਦਰ: { $within } %; ਉਸ ਅਨੁਮਾਨ ਦੇ ਮੁਕਾਬਲੇ ਯੋਗਤਾ ਦਾ RMSE: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } ਟੈਸਟ
   *[other] { $tests } ਟੈਸਟ
} ({ $share } %) ਬਿਨਾਂ ਦਰਜ ਜਵਾਬ ਵਾਲੀ ਆਈਟਮ ਤੱਕ ਪਹੁੰਚੇ ਅਤੇ ਉੱਥੇ ਖਤਮ ਹੋਏ।
replay-missing-skip = { $tests ->
    [one] { $tests } ਟੈਸਟ
   *[other] { $tests } ਟੈਸਟ
} ({ $share } %) ਬਿਨਾਂ ਦਰਜ ਜਵਾਬ ਵਾਲੀਆਂ ਆਈਟਮਾਂ ਤੱਕ ਪਹੁੰਚੇ ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਛੱਡਿਆ (ਔਸਤਨ ਹਰ ਟੈਸਟ ਵਿੱਚ { $mean })।
stop-missing-response = ਇੱਕ ਆਈਟਮ ਦਾ ਦਰਜ ਜਵਾਬ ਨਹੀਂ ਸੀ
