### ਕਈ ਸਕ੍ਰੀਨਾਂ ਵਾਲੇ ਸਵਾਲ (ਪੰਜਾਬੀ, machine-drafted)

# audience: learner
assess-tap-through-hint = ਸਕ੍ਰੀਨ ਨੂੰ ਛੂਹੋ, ਜਾਂ ਸੂਚੀ ਵਿੱਚੋਂ ਕੋਈ ਥਾਂ ਚੁਣੋ। ਹਰ ਸਹੀ ਥਾਂ ਅਗਲੀ ਸਕ੍ਰੀਨ ਖੋਲ੍ਹਦੀ ਹੈ।
assess-tap-screen = ਸਕ੍ਰੀਨ { $number } / { $count }
response-error-bad-path = ਸਵਾਲ { $item } ਲਈ ਦਰਜ ਛੋਹਾਂ ਉਸ ਦੀਆਂ ਸਕ੍ਰੀਨਾਂ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀਆਂ।
session-error-bad-taps = ਸਵਾਲ { $item } ਦੀਆਂ ਸੰਭਾਲੀਆਂ ਛੋਹਾਂ ਉਸ ਦੀਆਂ ਸਕ੍ਰੀਨਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਲੰਘਦੀਆਂ।
# audience: learner
web-tap-through-hint = ਫ਼ੋਨ ਉੱਤੇ ਕੰਮ ਕਰੋ: ਹਰ ਸਕ੍ਰੀਨ ਉੱਤੇ ਸਹੀ ਥਾਂ ਨੂੰ ਛੂਹੋ।
