# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = ایڈمن کلید درکار ہے
serve-problem-admin-only-detail = یہ صرف ایجنسی کی ایڈمن کلید کر سکتی ہے (کلیدیں، {"\u2068"}webhook{"\u2069"}، آڈٹ لاگ)؛ یہ داخلے کی کلید ہے۔
cli-agency-opt-role = ایجنسی کی پہلی کلید کا کردار: {"\u2068"}admin{"\u2069"} (طے شدہ؛ کلیدیں، {"\u2068"}webhook{"\u2069"} اور آڈٹ لاگ بھی سنبھالتی ہے) یا {"\u2068"}intake{"\u2069"}
