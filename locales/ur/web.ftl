# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = اردو
web-choose-language = اپنی زبان منتخب کریں
web-change-language = کوئی اور زبان منتخب کریں
web-join-heading = آپ کا ٹیسٹ کوڈ
web-join-help = آپ کا جائزہ کار آپ کو ایک کوڈ دیتا ہے۔ اسے یہاں لکھیں۔
web-join-label = ٹیسٹ کوڈ
web-join-button = شروع کریں
web-join-invalid = یہ کوڈ کام نہیں کرتا۔ اسے چیک کریں، یا اپنے جائزہ کار سے نیا کوڈ مانگیں۔
web-familiar-heading = شروع کرنے سے پہلے
web-familiar-not-scored = یہ مشق شمار نہیں ہوتی۔
web-familiar-play = الفاظ سننے کے لیے آواز کا بٹن چھوئیں۔
web-familiar-tap = جواب دینے کے لیے اپنا جواب چھوئیں۔ ابھی آزمائیں: ستارے کو چھوئیں۔
web-familiar-star = ستارہ
web-familiar-done = شاباش!
web-familiar-dont-know = اگر آپ کو جواب معلوم نہیں تو «مجھے نہیں معلوم» چھوئیں۔ یہ ٹھیک ہے۔
web-begin = ٹیسٹ شروع کریں
web-read-aloud = خود بخود بلند آواز سے پڑھیں
web-play = سنیں
web-stop = آواز بند کریں
web-order-hint = مراحل کو درست ترتیب میں چھوئیں۔ بدلنے کے لیے «دوبارہ شروع کریں» چھوئیں۔
web-order-done = ہو گیا
web-order-again = دوبارہ شروع کریں
web-hotspot-hint = تصویر پر صحیح جگہ چھوئیں۔
web-hotspot-list = یا اس فہرست سے جگہ منتخب کریں:
web-about-you = آپ کے بارے میں۔ یہ شمار نہیں ہوتا۔
web-wait-assessor = اب آپ کا جائزہ کار آپ کو ایک کام کرتے ہوئے دیکھ رہا ہے۔ براہ کرم انتظار کریں۔
web-saving = آپ کا جواب محفوظ کیا جا رہا ہے…
web-offline = رابطہ ٹوٹ گیا ہے۔ آپ کا جواب محفوظ ہے۔ ہم دوبارہ کوشش کر رہے ہیں۔
web-error = کچھ غلط ہو گیا۔ براہ کرم اپنے جائزہ کار سے پوچھیں۔
web-end-heading = شکریہ۔ آپ نے مکمل کر لیا۔
web-end-next = آپ کے جوابات محفوظ ہو گئے ہیں۔ آپ کا جائزہ کار آپ سے اگلے قدم کے بارے میں بات کرے گا۔ آپ یہ صفحہ بند کر سکتے ہیں۔

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = ڈیجیٹل مہارتوں کی جانچ
web-question-number = سوال { $number }

## Assessor view

web-assessor-title = جائزہ کار کا صفحہ
web-assessor-forget-key = کلید بھول جائیں
web-assessor-key-heading = اپنے ادارے کی کلید سے سائن ان کریں
web-assessor-key-label = ادارے کی پروگرامنگ کلید
web-assessor-key-hint = صرف اس براؤزر ٹیب میں رکھی جاتی ہے جب تک آپ اسے بند نہ کریں۔
web-assessor-key-use = یہ کلید استعمال کریں
web-assessor-key-wrong = یہ کلید کام نہیں کرتی۔ دوبارہ درج کریں۔
web-assessor-start-heading = سیشن شروع کریں
web-assessor-learner-ref = سیکھنے والے کا حوالہ
web-assessor-learner-ref-hint = سیکھنے والے کے لیے آپ کے ادارے کا کوڈ: حروف، ہندسے، نقطے، ڈیش۔ کبھی نام نہیں۔
web-assessor-language = سیکھنے والے کی زبان
web-assessor-assisted = میں سیکھنے والے کے ساتھ بیٹھا ہوں اور دیکھے گئے کام درج کرتا ہوں
web-assessor-start = سیشن شروع کریں
web-assessor-session-heading = جاری سیشن
web-assessor-answered = اب تک جوابات
web-assessor-code = سیکھنے والے کے آلے کے لیے شمولیت کا کوڈ:
web-assessor-code-help = سیکھنے والا یہ پتا اپنے آلے پر کھولتا ہے، یا QR کوڈ اسکین کرتا ہے، اور کوڈ لکھتا ہے۔ اگر صفحہ بند ہو جائے تو یہی کوڈ ٹیسٹ کو اسی سوال پر دوبارہ کھول دیتا ہے۔
web-assessor-qr = شامل ہونے کے لنک کا QR کوڈ: اسے فون کے کیمرے سے اسکین کریں
web-assessor-new-code = شمولیت کا نیا کوڈ
web-assessor-stop = سیشن ابھی ختم کریں
web-assessor-task = دیکھا گیا کام: درج کریں کہ یہ کیسے ہوا
web-assessor-result = نتیجہ
web-assessor-print = نتیجہ پرنٹ کریں
web-assessor-print-learner = سیکھنے والے کا صفحہ پرنٹ کریں
web-assessor-new = ایک اور سیشن شروع کریں

## Printed result

web-report-heading = ڈیجیٹل خواندگی کا نتیجہ
web-report-profile = شعبہ وار خاکہ
web-report-can-do = کر سکتا ہے
web-report-next = اگلے قدم
web-report-based-on = یہ نتیجہ کس بنیاد پر ہے
web-report-items = جواب دیے گئے سوالات
web-report-range = ممکنہ سطح کی حد
web-report-precision = معیاری غلطی (لاجٹ)
web-report-calibration = پیمانہ بندی
web-report-language = ٹیسٹ کی زبان
web-report-session = سیشن
web-report-time = تاریخ (عالمی وقت)
web-report-not-measured = نہیں ناپا گیا
web-home-heading = میری ڈیجیٹل مہارتیں
web-home-can = میں کر سکتا/سکتی ہوں
web-home-next = آگے میں سیکھوں گا/گی
