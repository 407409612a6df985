# nln serve / nln agency: HTTP سروس اور اسے استعمال کرنے والے ادارے۔ جائزہ کاروں اور IT کے لیے متن۔

cli-serve-about = داخلہ نظاموں کے لیے HTTP/JSON سروس چلائیں
cli-serve-opt-listen = سننے کا پتہ (IP:PORT)
cli-serve-opt-database = ڈیٹا بیس: sqlite:PATH (طے شدہ sqlite:nln.db) یا {"\u2068"}postgres://…{"\u2069"}
cli-serve-opt-rate-limit = ہر کلید کے لیے فی سیکنڈ اجازت یافتہ درخواستیں (0 حد ختم کر دیتا ہے)
cli-serve-opt-sessions-per-hour = ہر کلید کے لیے فی گھنٹہ اجازت یافتہ نئے سیشن (0 حد ختم کر دیتا ہے)
cli-agency-about = سروس استعمال کرنے والے اداروں کا انتظام کریں
cli-agency-add-about = ایک ادارہ شامل کریں اور اس کی پہلی API کلید دکھائیں
cli-agency-opt-name = ادارے کا نام
cli-agency-opt-retention = سیکھنے والوں کا ڈیٹا حذف کرنے سے پہلے کتنے دن رکھا جائے

serve-listening = nln سروس { $url } پر سن رہی ہے (ڈیٹا بیس: { $database })۔
serve-openapi = API کی وضاحت: { $url }
serve-key-hint = ادارے کی کلید لینے کے لیے چلائیں: { $command }
serve-error-start = سروس شروع نہیں ہو سکی: { $reason }
serve-error-listen = “{ $address }” سننے کا پتہ نہیں ہے؛ IP:PORT استعمال کریں، مثلاً 127.0.0.1:8080۔
serve-error-database = “{ $address }” ڈیٹا بیس کا پتہ نہیں ہے؛ sqlite:PATH یا {"\u2068"}postgres://…{"\u2069"} استعمال کریں
agency-added = ادارہ “{ $name }” شامل کر دیا گیا (id { $id })۔
agency-key-once = اس کی API کلید نیچے ہے، صرف اسی بار دکھائی جا رہی ہے: اسے محفوظ رکھیں؛ سروس صرف اس کا ہیش رکھتی ہے۔
agency-error = ادارہ شامل نہیں ہو سکا: { $reason }

serve-problem-unauthorized = سائن ان نہیں
serve-problem-unauthorized-detail = “Authorization: Bearer …” کے طور پر درست API کلید یا سیکھنے والے کا ٹوکن بھیجیں۔
serve-problem-forbidden = اجازت نہیں
serve-problem-forbidden-detail = یہ کلید یا ٹوکن یہ کام نہیں کر سکتا۔
serve-problem-not-found = نہیں ملا
serve-problem-not-found-detail = یہاں کچھ نہیں جو یہ کلید یا ٹوکن دیکھ سکے۔
serve-problem-method-not-allowed = طریقہ کار کی اجازت نہیں
serve-problem-method-not-allowed-detail = یہ پتہ یہ HTTP طریقہ قبول نہیں کرتا۔
serve-problem-bad-request = غلط درخواست
serve-problem-bad-request-detail = درخواست پڑھی نہیں جا سکی: { $reason }
serve-problem-unsupported-media = غیر معاون مواد کی قسم
serve-problem-unsupported-media-detail = باڈی application/json کے طور پر بھیجیں: { $reason }
serve-problem-too-large = درخواست بہت بڑی ہے
serve-problem-too-large-detail = باڈی { $limit } بائٹ کی حد سے بڑی ہے۔
serve-problem-invalid-answer = جواب سوال سے مطابقت نہیں رکھتا
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] جواب ایسے انتخاب کا نام لیتا ہے جو اس سوال میں نہیں ہے۔
    [score-out-of-range] اسکور اس سوال کی حد سے زیادہ ہے۔
    [incomplete-order] ترتیب میں ہر قدم ٹھیک ایک بار ہونا چاہیے۔
   *[wrong-kind] اس قسم کا جواب اس سوال کے لیے موزوں نہیں؛ اس کے answer_kinds دیکھیں۔
}
serve-problem-wrong-sequence = غلط ترتیب نمبر
serve-problem-wrong-sequence-detail = سیشن جواب نمبر { $expected } کا منتظر ہے۔ سیشن دوبارہ پڑھیں اور دکھائے گئے سوال کا جواب دیں۔
serve-problem-not-pending = سوال جواب کا منتظر نہیں
serve-problem-not-pending-detail = یہ وہ سوال نہیں جس کا سیشن منتظر ہے۔ سیشن دوبارہ پڑھیں اور دکھائے گئے سوال کا جواب دیں۔
serve-problem-finished = سیشن ختم
serve-problem-finished-detail = یہ سیشن ختم ہو چکا ہے اور مزید جواب قبول نہیں کرتا۔
serve-problem-not-finished = سیشن ابھی ختم نہیں ہوا
serve-problem-not-finished-detail = نتیجہ سیشن ختم ہونے پر تیار ہوتا ہے؛ دیے گئے جوابات سے سطح طے کرنے کے لیے اسے پہلے روک دیں۔
serve-problem-idempotency-key-required = Idempotency-Key درکار ہے
serve-problem-idempotency-key-required-detail = ہر جواب کے ساتھ ایک منفرد Idempotency-Key ہیڈر (زیادہ سے زیادہ 255 حروف) بھیجیں، اور دوبارہ بھیجتے وقت وہی۔
serve-problem-idempotency-key-reused = Idempotency-Key پہلے استعمال ہو چکی
serve-problem-idempotency-key-reused-detail = یہ Idempotency-Key کسی اور درخواست کے لیے استعمال ہو چکی ہے۔ نئے جواب کے لیے نئی کلید استعمال کریں۔
serve-problem-rate-limited = بہت زیادہ درخواستیں
serve-problem-rate-limited-detail = { $seconds ->
    [one] اس کلید کے لیے بہت زیادہ درخواستیں۔ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
   *[other] اس کلید کے لیے بہت زیادہ درخواستیں۔ { $seconds } سیکنڈ بعد دوبارہ کوشش کریں۔
}
serve-problem-unknown-bank = نامعلوم سوالات کا بینک
serve-problem-unknown-bank-detail = اس سروس میں “{ $bank }” نام کا کوئی سوالات کا بینک نہیں ہے۔
serve-problem-unknown-language = نامعلوم زبان
serve-problem-unknown-language-detail = “{ $language }” اس سروس کی زبانوں میں شامل نہیں ہے۔
serve-problem-invalid-join-code = نامعلوم شمولیت کوڈ
serve-problem-invalid-join-code-detail = یہ شمولیت کوڈ درست نہیں: شاید غلط لکھا گیا، پہلے استعمال ہو چکا یا میعاد ختم ہو گئی۔ نیا کوڈ مانگیں۔
serve-problem-unavailable = سروس دستیاب نہیں
serve-problem-unavailable-detail = سروس اس وقت اپنے ڈیٹا بیس تک نہیں پہنچ سکتی۔ کچھ دیر بعد کوشش کریں؛ تصدیق شدہ کچھ بھی ضائع نہیں ہوا۔
serve-problem-internal = اندرونی خرابی
serve-problem-internal-detail = سرور پر کچھ غلط ہو گیا۔ تصدیق شدہ کچھ بھی ضائع نہیں ہوا؛ دوبارہ کوشش کریں۔
