## The irregular-profile rule in simulations (pa, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = ਅਨਿਯਮਿਤ ਪ੍ਰੋਫਾਈਲ ਨਿਯਮ: from-rest (ਡਿਫਾਲਟ: ਹਰ ਮੁੱਖ ਖੇਤਰ ਬਾਕੀ ਟੈਸਟ ਦੇ ਮੁਕਾਬਲੇ, ਖੇਤਰ ਨੂੰ ਸੁੰਗੇੜਨ ਵਾਲੇ ਪ੍ਰਾਇਰ ਤੋਂ ਬਿਨਾਂ) ਜਾਂ pairwise (ਮੁੱਖ ਖੇਤਰਾਂ ਦਾ ਹਰ ਜੋੜਾ ਭਰੋਸੇਯੋਗ ਤੌਰ ਤੇ ਇੱਕ ਪੱਧਰ ਤੋਂ ਵੱਧ ਦੂਰ)
