## ਜਵਾਬ-ਕੁੰਜੀ ਦਾ ਸੰਤੁਲਨ (ਪੰਜਾਬੀ, ਮਸ਼ੀਨੀ ਖਰੜਾ). Printed by `nln validate`; never a failure.

balance-kind-choice = ਚੋਣ ਵਾਲੇ ਸਵਾਲ
balance-kind-hotspot = ਤਸਵੀਰ ਉੱਤੇ ਛੂਹਣ ਵਾਲੇ ਸਵਾਲ (ਹਿੱਸਿਆਂ ਦੀ ਸੂਚੀ)
balance-key-position = ਚੇਤਾਵਨੀ: { $kind }: ਸਹੀ ਜਵਾਬ ਥਾਂ { $position } ਉੱਤੇ ਹੈ, { $observed }/{ $items } ਵਿੱਚ (ਸੰਤੁਲਿਤ: ਲਗਭਗ { $expected })।
balance-true-false = ਚੇਤਾਵਨੀ: ਸਹੀ/ਗ਼ਲਤ ਸਵਾਲ: ਸਹੀ ਜਵਾਬ "ਸਹੀ" ਹੈ, { $true }/{ $items } ਵਿੱਚ (ਸੰਤੁਲਿਤ: ਲਗਭਗ ਅੱਧੇ)।
balance-order-as-shown = ਚੇਤਾਵਨੀ: ਤਰਤੀਬ ਵਾਲਾ ਸਵਾਲ { $item }: ਸਹੀ ਜਵਾਬ ਉਹੀ ਤਰਤੀਬ ਹੈ ਜਿਸ ਵਿੱਚ ਕਦਮ ਵਿਖਾਏ ਜਾਂਦੇ ਹਨ, ਇਸ ਲਈ ਕੁਝ ਨਾ ਬਦਲਣ ਉੱਤੇ ਵੀ ਅੰਕ ਮਿਲਦੇ ਹਨ।
