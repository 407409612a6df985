# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = کلید مدیر لازم است
serve-problem-admin-only-detail = فقط کلید مدیر سازمان می‌تواند این کار را انجام دهد (کلیدها، {"\u2068"}webhook{"\u2069"}، گزارش ممیزی)؛ این یک کلید پذیرش است.
cli-agency-opt-role = نقش نخستین کلید سازمان: {"\u2068"}admin{"\u2069"} (پیش‌فرض؛ کلیدها، {"\u2068"}webhook{"\u2069"} و گزارش ممیزی را هم مدیریت می‌کند) یا {"\u2068"}intake{"\u2069"}
