# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = يلزم مفتاح مسؤول
serve-problem-admin-only-detail = لا يمكن القيام بهذا إلا بمفتاح المسؤول الخاص بالوكالة (المفاتيح، {"\u2068"}webhook{"\u2069"}، سجل التدقيق)؛ هذا مفتاح استقبال.
cli-agency-opt-role = دور أول مفتاح للوكالة: {"\u2068"}admin{"\u2069"} (افتراضي؛ يدير أيضًا المفاتيح و{"\u2068"}webhook{"\u2069"} وسجل التدقيق) أو {"\u2068"}intake{"\u2069"}
