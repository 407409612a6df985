## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = ਟੈਸਟ ਕਿੱਥੋਂ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ: fixed (ਸਭ ਲਈ ਪਹਿਲੇ ਸਵਾਲ ਦਾ ਇੱਕੋ ਪੱਧਰ) ਜਾਂ access (ਨਕਲੀ ਸਿਖਿਆਰਥੀ ਪਹੁੰਚ ਵਾਲੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿੰਦੇ ਹਨ, ਅਤੇ ਜਵਾਬ ਸ਼ੁਰੂਆਤ ਤੈਅ ਕਰਦੇ ਹਨ)
