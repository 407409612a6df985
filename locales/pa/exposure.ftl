## ਦਿਖਾਉਣ 'ਤੇ ਕੰਟਰੋਲ (ਪੰਜਾਬੀ, ਮਸ਼ੀਨੀ ਖਰੜਾ). For researchers: no audio.

cli-simulate-opt-calibrate-exposure = ਬੈਂਕ ਲਈ Sympson–Hetter ਪੈਰਾਮੀਟਰ: ਉਦੋਂ ਤੱਕ ਸਿਮੂਲੇਟ ਕਰੋ ਜਦੋਂ ਤੱਕ ਕੋਈ ਆਈਟਮ RATE ਤੋਂ ਵੱਧ ਸਿੱਖਣ ਵਾਲਿਆਂ ਨੂੰ ਨਾ ਦਿੱਤੀ ਜਾਵੇ (ਜਿਵੇਂ 0.3) ਅਤੇ ਹਰ ਆਈਟਮ ਦਾ exposure_acceptance JSON ਵਿੱਚ ਛਾਪੋ, ਬੈਂਕ ਦੀਆਂ ਆਈਟਮ ਫਾਈਲਾਂ ਲਈ
