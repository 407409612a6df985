# Item messages: start question of the access questionnaire — ਤਜਰਬਾ (ਪੰਜਾਬੀ, ਮਸ਼ੀਨੀ ਖਰੜਾ)

item-acc-101-prompt = ਅੱਜਕੱਲ੍ਹ ਤੁਸੀਂ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਕਿਵੇਂ ਵਰਤਦੇ ਹੋ?
item-acc-101-opt-a = ਮੈਂ ਕਦੇ ਨਹੀਂ ਵਰਤਿਆ।
item-acc-101-opt-b = ਸਿਰਫ਼ ਜਦੋਂ ਕੋਈ ਮੇਰੀ ਮਦਦ ਕਰੇ।
item-acc-101-opt-c = ਆਪ, ਕਾਲਾਂ, ਸੁਨੇਹਿਆਂ ਅਤੇ ਫ਼ੋਟੋਆਂ ਲਈ।
item-acc-101-opt-d = ਆਪ, ਕਈ ਕੰਮਾਂ ਲਈ: ਈਮੇਲ, ਫ਼ਾਰਮ, ਐਪਾਂ, ਇੰਟਰਨੈੱਟ।

# The access-profile field the question fills (assessor reports).
access-field-experience = ਡਿਵਾਈਸਾਂ ਦਾ ਤਜਰਬਾ
