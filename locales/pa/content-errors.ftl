## ਹੱਦ ਤੋਂ ਵੱਧ ਸਮੱਗਰੀ ਗਲਤੀਆਂ (nln validate)। ਮਸ਼ੀਨੀ ਖਰੜਾ।

load-error-more = { $count ->
        [one] ਅਤੇ { $count } ਹੋਰ ਗਲਤੀ ਨਹੀਂ ਦਿਖਾਈ ਗਈ
       *[other] ਅਤੇ { $count } ਹੋਰ ਗਲਤੀਆਂ ਨਹੀਂ ਦਿਖਾਈਆਂ ਗਈਆਂ
    }
