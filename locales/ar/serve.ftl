# nln serve / nln agency: خدمة HTTP والجهات التي تستخدمها. نص للمقيّمين وفريق تقنية المعلومات.

cli-serve-about = تشغيل خدمة HTTP/JSON لأنظمة الاستقبال
cli-serve-opt-listen = العنوان الذي تستمع عليه الخدمة (IP:PORT)
cli-serve-opt-database = قاعدة البيانات: sqlite:PATH (الافتراضي sqlite:nln.db) أو {"\u2068"}postgres://…{"\u2069"}
cli-serve-opt-rate-limit = عدد الطلبات المسموح بها في الثانية لكل مفتاح (0 يلغي الحد)
cli-serve-opt-sessions-per-hour = عدد الجلسات الجديدة المسموح بها في الساعة لكل مفتاح (0 يلغي الحد)
cli-agency-about = إدارة الجهات التي تستخدم الخدمة
cli-agency-add-about = إضافة جهة وطباعة أول مفتاح API لها
cli-agency-opt-name = اسم الجهة
cli-agency-opt-retention = عدد أيام الاحتفاظ ببيانات المتعلمين قبل حذفها

serve-listening = خدمة nln تستمع على { $url } (قاعدة البيانات: { $database }).
serve-openapi = وصف واجهة API: { $url }
serve-key-hint = للحصول على مفتاح جهة، شغّل: { $command }
serve-error-start = تعذّر تشغيل الخدمة: { $reason }
serve-error-listen = «{ $address }» ليس عنوانًا صالحًا للاستماع؛ استخدم IP:PORT، مثل 127.0.0.1:8080.
serve-error-database = «{ $address }» ليس عنوان قاعدة بيانات؛ استخدم sqlite:PATH أو {"\u2068"}postgres://…{"\u2069"}
agency-added = أُضيفت الجهة «{ $name }» (المعرّف { $id }).
agency-key-once = يلي مفتاح API الخاص بها، ويُعرض هذه المرة فقط: احفظه في مكان آمن؛ لا تحتفظ الخدمة إلا ببصمته.
agency-error = تعذّرت إضافة الجهة: { $reason }

serve-problem-unauthorized = لم يتم تسجيل الدخول
serve-problem-unauthorized-detail = أرسل مفتاح API أو رمز متعلم صالحًا في «Authorization: Bearer …».
serve-problem-forbidden = غير مسموح
serve-problem-forbidden-detail = لا يسمح هذا المفتاح أو الرمز بهذا الإجراء.
serve-problem-not-found = غير موجود
serve-problem-not-found-detail = لا يوجد هنا شيء يمكن لهذا المفتاح أو الرمز رؤيته.
serve-problem-method-not-allowed = الطريقة غير مسموح بها
serve-problem-method-not-allowed-detail = هذا العنوان لا يقبل طريقة HTTP هذه.
serve-problem-bad-request = طلب غير صالح
serve-problem-bad-request-detail = تعذّرت قراءة الطلب: { $reason }
serve-problem-unsupported-media = نوع محتوى غير مدعوم
serve-problem-unsupported-media-detail = أرسل المحتوى بصيغة application/json: { $reason }
serve-problem-too-large = الطلب كبير جدًا
serve-problem-too-large-detail = حجم المحتوى يتجاوز الحد وهو { $limit } بايت.
serve-problem-invalid-answer = الإجابة لا تناسب السؤال
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] تذكر الإجابة خيارًا ليس في هذا السؤال.
    [score-out-of-range] الدرجة أعلى مما يسمح به هذا السؤال.
    [incomplete-order] يجب أن يذكر الترتيب كل خطوة مرة واحدة بالضبط.
   *[wrong-kind] هذا النوع من الإجابات لا يناسب هذا السؤال؛ راجع answer_kinds الخاصة به.
}
serve-problem-wrong-sequence = رقم تسلسل خاطئ
serve-problem-wrong-sequence-detail = تنتظر الجلسة الإجابة رقم { $expected }. اقرأ الجلسة مجددًا وأجب عن السؤال الذي تعرضه.
serve-problem-not-pending = السؤال لا ينتظر إجابة
serve-problem-not-pending-detail = هذا ليس السؤال الذي تنتظره الجلسة. اقرأ الجلسة مجددًا وأجب عن السؤال الذي تعرضه.
serve-problem-finished = انتهت الجلسة
serve-problem-finished-detail = انتهت هذه الجلسة ولا تقبل إجابات أخرى.
serve-problem-not-finished = الجلسة لم تنتهِ بعد
serve-problem-not-finished-detail = تكون النتيجة جاهزة عند انتهاء الجلسة؛ أوقفها مبكرًا لتحديد المستوى بالإجابات المقدّمة.
serve-problem-idempotency-key-required = يلزم Idempotency-Key
serve-problem-idempotency-key-required-detail = أرسل ترويسة Idempotency-Key فريدة (255 حرفًا على الأكثر) مع كل إجابة، والترويسة نفسها عند إعادة المحاولة.
serve-problem-idempotency-key-reused = Idempotency-Key مستخدم من قبل
serve-problem-idempotency-key-reused-detail = استُخدم هذا Idempotency-Key لطلب مختلف. استخدم مفتاحًا جديدًا لإجابة جديدة.
serve-problem-rate-limited = طلبات كثيرة جدًا
serve-problem-rate-limited-detail = { $seconds ->
    [one] طلبات كثيرة جدًا لهذا المفتاح. حاول مجددًا بعد { $seconds } ثانية.
    [two] طلبات كثيرة جدًا لهذا المفتاح. حاول مجددًا بعد { $seconds } ثانية.
    [few] طلبات كثيرة جدًا لهذا المفتاح. حاول مجددًا بعد { $seconds } ثوانٍ.
   *[other] طلبات كثيرة جدًا لهذا المفتاح. حاول مجددًا بعد { $seconds } ثانية.
}
serve-problem-unknown-bank = بنك أسئلة غير معروف
serve-problem-unknown-bank-detail = لا يوجد بنك أسئلة «{ $bank }» في هذه الخدمة.
serve-problem-unknown-language = لغة غير معروفة
serve-problem-unknown-language-detail = «{ $language }» ليست من اللغات التي تقدمها هذه الخدمة.
serve-problem-invalid-join-code = رمز انضمام غير معروف
serve-problem-invalid-join-code-detail = رمز الانضمام هذا غير صالح: ربما كُتب خطأً أو استُخدم من قبل أو انتهت صلاحيته. اطلب رمزًا جديدًا.
serve-problem-unavailable = الخدمة غير متاحة
serve-problem-unavailable-detail = لا تستطيع الخدمة الوصول إلى قاعدة بياناتها الآن. حاول بعد قليل؛ لم يُفقد أي شيء تم تأكيده.
serve-problem-internal = خطأ داخلي
serve-problem-internal-detail = حدث خطأ في الخادم. لم يُفقد أي شيء تم تأكيده؛ حاول مجددًا.
