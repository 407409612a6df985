# Item messages: start question of the access questionnaire — الخبرة (العربية، مسودة آلية)

item-acc-101-prompt = كيف تستخدم الهاتف أو الكمبيوتر اليوم؟
item-acc-101-opt-a = لم أستخدمه أبداً.
item-acc-101-opt-b = فقط مع شخص يساعدني.
item-acc-101-opt-c = وحدي، للمكالمات والرسائل والصور.
item-acc-101-opt-d = وحدي، لأشياء كثيرة: البريد الإلكتروني، الاستمارات، التطبيقات، الإنترنت.

# The access-profile field the question fills (assessor reports).
access-field-experience = الخبرة في استخدام الأجهزة
