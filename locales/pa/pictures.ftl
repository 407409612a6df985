# ਤਸਵੀਰਾਂ: assessments/images/ ਲਈ `nln validate` ਦੀਆਂ ਜਾਂਚਾਂ ਅਤੇ ਝਲਕ ਸ਼ੀਟਾਂ (ਲੇਖਕਾਂ ਅਤੇ ਮੁਲਾਂਕਣਕਾਰਾਂ ਲਈ)।
cli-validate-opt-contact-sheets = ਹਰ ਖੇਤਰ ਲਈ ਇੱਕ ਝਲਕ ਸ਼ੀਟ (SVG: ਹਰ ਤਸਵੀਰ ਆਪਣੇ ਸਵਾਲਾਂ ਦੀਆਂ ਪਛਾਣਾਂ ਅਤੇ ਛੂਹਣ ਵਾਲੇ ਹਿੱਸਿਆਂ ਨਾਲ) ਵੀ ਇਸ ਫੋਲਡਰ ਵਿੱਚ ਲਿਖੋ
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: ਚੇਤਾਵਨੀ: { $message }
picture-contact-sheets-written = { $path } ਵਿੱਚ ਲਿਖੀਆਂ ਝਲਕ ਸ਼ੀਟਾਂ ਦੀ ਗਿਣਤੀ: { $count }।
picture-missing = ਸਵਾਲ { $item } ਤਸਵੀਰ { $picture } ਦਿਖਾਉਂਦਾ ਹੈ, ਜੋ images/ ਵਿੱਚ ਨਹੀਂ ਹੈ
picture-unused = ਕੋਈ ਵੀ ਸਵਾਲ ਤਸਵੀਰ { $picture } ਨਹੀਂ ਦਿਖਾਉਂਦਾ
picture-bad-name = ਤਸਵੀਰ ਦਾ ਨਾਮ ਛੋਟੇ ਅੱਖਰਾਂ ਵਾਲੇ ਸ਼ਬਦਾਂ ਤੋਂ ਬਣਦਾ ਹੈ ਜੋ ਡੈਸ਼ ਨਾਲ ਜੁੜੇ ਹੋਣ, .svg ਨਾਲ ਖਤਮ ਹੁੰਦਾ ਹੈ ਅਤੇ screens/, icons/ ਜਾਂ photos/ ਵਿੱਚ ਹੁੰਦਾ ਹੈ
picture-unreadable = ਤਸਵੀਰ ਪੜ੍ਹਨਯੋਗ SVG ਨਹੀਂ ਹੈ: { $reason }
picture-bad-canvas = ਤਸਵੀਰ ਦਾ ਕੈਨਵਸ { $found } ਹੈ; ਇਸ ਫੋਲਡਰ ਦੀਆਂ ਤਸਵੀਰਾਂ { $expected } ਵਰਤਦੀਆਂ ਹਨ
picture-no-title = ਤਸਵੀਰ ਵਿੱਚ ਪਹਿਲੇ ਤੱਤ ਵਜੋਂ <title> ਨਹੀਂ ਹੈ (ਸਕ੍ਰੀਨ ਰੀਡਰਾਂ ਨੂੰ ਇਸ ਦੀ ਲੋੜ ਹੈ)
picture-forbidden = ਤਸਵੀਰ ਵਿੱਚ { $what } ਹੈ, ਜਿਸ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ (ਸਕ੍ਰਿਪਟਾਂ, ਹੋਰ ਫਾਈਲਾਂ ਦੇ ਲਿੰਕ, ਬਿਟਮੈਪ ਤਸਵੀਰਾਂ, ਫਿਲਟਰ, ਐਨੀਮੇਸ਼ਨ)
picture-too-large = ਤਸਵੀਰ ਦਾ ਆਕਾਰ { $size } ਬਾਈਟ ਹੈ; ਇਸ ਨੂੰ { $limit } ਬਾਈਟ ਤੋਂ ਘੱਟ ਰੱਖੋ
picture-duplicate-id = ਪਛਾਣ "{ $id }" ਤਸਵੀਰ ਵਿੱਚ ਦੋ ਵਾਰ ਵਰਤੀ ਗਈ ਹੈ
picture-region-outside = ਸਵਾਲ { $item } ਦਾ ਹਿੱਸਾ { $region } ਆਪਣੀ ਤਸਵੀਰ ਤੋਂ ਬਾਹਰ ਜਾਂਦਾ ਹੈ ({ $canvas })
picture-regions-overlap = ਸਵਾਲ { $item } ਦੇ ਹਿੱਸੇ { $first } ਅਤੇ { $second } ਇੱਕ ਦੂਜੇ ਉੱਤੇ ਚੜ੍ਹਦੇ ਹਨ: ਇੱਕ ਛੋਹ ਦਾ ਮਤਲਬ ਦੋਵੇਂ ਹੋਵੇਗਾ
picture-control-missing = ਤਸਵੀਰ { $picture } ਵਿੱਚ ਸਵਾਲ { $item } ਦੇ ਹਿੱਸੇ { $region } ਲਈ "{ $region }" ਪਛਾਣ ਵਾਲਾ ਕੋਈ ਤੱਤ ਨਹੀਂ
picture-control-outside = ਤਸਵੀਰ { $picture } ਦਾ ਤੱਤ "{ $region }" ਸਵਾਲ { $item } ਦੇ ਹਿੱਸੇ { $region } ਦੇ ਅੰਦਰ ਨਹੀਂ ਬਣਿਆ
