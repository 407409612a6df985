## Language choice (machine-drafted)

locale-other-script = { $requested } ਵਿੱਚ ਅਜੇ ਕੋਈ ਪਾਠ ਨਹੀਂ: { $available } ਕਿਸੇ ਹੋਰ ਲਿਪੀ ਵਿੱਚ ਲਿਖੀ ਜਾਂਦੀ ਹੈ। ਅੰਗਰੇਜ਼ੀ ਦਿਖਾਈ ਜਾ ਰਹੀ ਹੈ।
