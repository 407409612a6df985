# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = ਐਡਮਿਨ ਕੁੰਜੀ ਚਾਹੀਦੀ ਹੈ
serve-problem-admin-only-detail = ਇਹ ਸਿਰਫ਼ ਏਜੰਸੀ ਦੀ ਐਡਮਿਨ ਕੁੰਜੀ ਕਰ ਸਕਦੀ ਹੈ (ਕੁੰਜੀਆਂ, webhook, ਆਡਿਟ ਲੌਗ); ਇਹ ਇੱਕ ਦਾਖਲਾ ਕੁੰਜੀ ਹੈ।
cli-agency-opt-role = ਏਜੰਸੀ ਦੀ ਪਹਿਲੀ ਕੁੰਜੀ ਦੀ ਭੂਮਿਕਾ: admin (ਡਿਫ਼ੌਲਟ; ਕੁੰਜੀਆਂ, webhook ਅਤੇ ਆਡਿਟ ਲੌਗ ਵੀ ਸੰਭਾਲਦੀ ਹੈ) ਜਾਂ intake
