## کمانڈ لائن انٹرفیس اور رپورٹس (اردو)۔ قوسین والی جگہیں پروگرام خود بھرتا ہے۔

## مدد کا متن
cli-about = ایک چھوٹے، خود بدلنے والے (adaptive) ٹیسٹ سے بالغ سیکھنے والوں کا NLN ڈیجیٹل خواندگی لیول طے کریں۔
cli-heading-commands = کمانڈز
cli-heading-options = آپشنز
cli-opt-help = یہ مدد دکھائیں
cli-opt-version = ورژن دکھائیں
cli-opt-lang = سوالوں اور پیغامات کی زبان (مثلاً en، fr، fr-CA)؛ ڈیفالٹ NLN_LANG یا LANG سے
cli-opt-bank = استعمال ہونے والا مواد: بینک فولڈر (bank.yaml کے ساتھ) یا مواد کا فولڈر (framework.yaml کے ساتھ)؛ ڈیفالٹ: پروگرام کے اندر والا بینک
cli-opt-bank-name = مواد کے فولڈر کا کون سا بینک استعمال کرنا ہے
cli-opt-seed = رینڈم seed: ایک ہی seed اور ایک ہی جوابات سے ایک ہی ٹیسٹ بنتا ہے
cli-opt-json = نتیجہ standard output پر JSON کی شکل میں دکھائیں
cli-assess-about = ٹرمینل میں جانچ چلائیں، ہر سوال کا جواب اس کا نمبر لکھ کر دیں
cli-assess-opt-save = ہر جواب کے بعد سیشن اس فائل میں محفوظ کریں (--resume سے دوبارہ شروع کریں)
cli-assess-opt-resume = {"\u2068"}--save{"\u2069"} سے محفوظ کیا ہوا سیشن دوبارہ شروع کریں
cli-assess-opt-no-access = رسائی والے سوال چھوڑ دیں (آلات، انٹرنیٹ، ای میل …)
cli-assess-opt-audio = ہر سوال اور ہر جواب کو PATH میں موجود آڈیو پلیئر سے چلائیں (r = دوبارہ سنیں)
cli-assess-opt-max-items = زیادہ سے زیادہ کتنے نمبر والے سوال پوچھنے ہیں
cli-assess-opt-method = نتیجے کا حساب لگانے کا طریقہ: eap، map، mle یا wle
cli-validate-about = مواد کا فولڈر جانچیں (فریم ورک، لیول، بینک اور زبانیں) اور ملنے والی ہر غلطی دکھائیں
cli-validate-opt-dir = مواد کا فولڈر (جیسے assessments/) یا بینک فولڈر
cli-validate-opt-locales = زبانوں کا فولڈر جسے مواد کے ساتھ جانچنا ہے (ڈیفالٹ: مواد کے فولڈر کے ساتھ والا locales فولڈر)
cli-simulate-about = فرضی سیکھنے والوں کو خود بدلنے والے ٹیسٹ سے گزاریں اور لمبائی، درستگی اور لیول طے کرنے کی صحت کی رپورٹ دیں
cli-simulate-opt-n = فرضی سیکھنے والوں کی تعداد
cli-simulate-opt-distribution = صلاحیت کی تقسیم: normal (اوسط 0، SD 1) یا uniform (-3.5 سے 3.5 تک)
cli-simulate-opt-no-exposure = سوالوں کے بار بار آنے کی حد لاگو نہ کریں

## جانچ
assess-intro = NLN ڈیجیٹل خواندگی کی جانچ — { $bank } (ورژن { $version })
assess-provisional = نوٹ: یہ بینک ابھی جوابات کے ڈیٹا سے جانچا (calibrate) نہیں گیا؛ نتیجے صرف اندازہ ہیں۔
assess-instructions = اپنی پسند کا نمبر لکھیں، پھر Enter دبائیں۔ 0 = مجھے نہیں معلوم۔ q = روکیں (اگر آپ {"\u2068"}--save{"\u2069"} استعمال کریں تو آپ کے جوابات محفوظ رہتے ہیں)۔
assess-access-heading = آپ کے بارے میں (اس کے نمبر نہیں ملتے)
assess-question = سوال { $number }
assess-audio-missing = آڈیو: اس سوال کی کوئی آڈیو نہیں
assess-choose = آپ کا جواب:
assess-order-hint = نمبر صحیح ترتیب میں لکھیں، بیچ میں خالی جگہ چھوڑ کر (مثلاً: 2 1 3)۔
assess-hotspot-hint = اسکرین پر جگہ چنیں:
assess-task-hint = جانچنے والے: لکھیں کہ کام کیسا رہا۔
assess-invalid = یہ جواب ٹھیک نہیں بیٹھتا۔ براہِ کرم دوبارہ کوشش کریں۔
assess-saved = سیشن { $file } میں محفوظ ہو گیا۔
assess-resumed = { $count ->
        [one] { $count } جواب
       *[other] { $count } جوابات
    } والا سیشن دوبارہ شروع ہوا۔
assess-stopped = آخر سے پہلے روک دیا گیا۔ { $count ->
        [one] { $count } جواب دیا گیا
       *[other] { $count } جوابات دیے گئے
    }۔
assess-input-ended = ٹیسٹ ختم ہونے سے پہلے ان پٹ ختم ہو گیا۔
answer-dont-know = مجھے نہیں معلوم

## نتیجہ
result-heading = نتیجہ
result-level = لیول: { $name }
result-profile = پروفائل: { $profile }
result-band = ممکنہ حد: NLN { $low } سے NLN { $high } تک ({ $confidence } % یقین)
result-theta = صلاحیت کا اندازہ: { $theta } (standard error { $se }، { $method })
result-items = نمبر والے سوال: { $count }۔ رکنے کی وجہ: { $reason }
result-capped = مجموعی لیول { $code } پر روکا گیا کیونکہ ایک بنیادی شعبہ صاف طور پر نیچے ہے (ورنہ یہ { $uncapped } ہوتا)۔
result-irregular = بے ترتیب پروفائل: بنیادی شعبوں میں دو یا زیادہ لیول کا فرق ہے۔
result-areas-heading = شعبے
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high })، { $items } سوال — { $standing }
result-area-not-measured = { $code } { $name }: نہیں ناپا گیا
result-area-few = (کم سوال: احتیاط سے پڑھیں)
result-can-do-heading = میں کر سکتا/سکتی ہوں …
result-next-heading = سیکھنے کے اگلے قدم
result-guidance-heading = سروسز
result-access-heading = رسائی (اپنی بتائی ہوئی)
result-provisional = عارضی: جب تک بینک جانچا (calibrate) نہیں جاتا، کٹ اسکور اور سوالوں کے پیرامیٹر ماہرین طے کرتے ہیں۔
result-review = سوال { $locale } میں دکھائے گئے ({ $status })۔
standing-strength = مضبوط
standing-on_level = لیول کے مطابق
standing-needs_support = مدد کی ضرورت
standing-not_measured = نہیں ناپا گیا
guidance-phone-services = فون اور آواز والے میسج کی سروسز استعمال کر سکتے ہیں
guidance-online-services = آن لائن کلاسوں اور آن لائن سروسز کے لیے تیار
guidance-independent = آن لائن سرکاری سروسز اور نوکری کی تلاش میں خود مختار
guidance-met = ہاں
guidance-not_met = ابھی نہیں
guidance-unknown = معلوم نہیں (رسائی کے بارے میں نہیں پوچھا گیا)
stop-precision = نتیجہ کافی درست ہے
stop-classified = لیول طے ہو گیا ہے
stop-max-items = زیادہ سے زیادہ سوال پوچھ لیے گئے
stop-bank-exhausted = کوئی سوال باقی نہیں رہا
stop-none = ختم نہیں ہوا
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = جانچا ہوا
review-machine-drafted = مشین سے بنایا گیا، ابھی جانچا نہیں گیا
access-field-devices = آلات
access-field-connection = انٹرنیٹ کنکشن
access-field-email_account = ای میل اکاؤنٹ
access-field-reads_first_language = اپنی پہلی زبان پڑھ سکتے ہیں
access-field-assistive_needs = مدد کی ضروریات
access-field-preferred_channel = سروس کا پسندیدہ ذریعہ

## جانچ پڑتال
validate-ok = { $path }: کوئی غلطی نہیں (بینک { $bank } میں { $items } سوال، { $locales ->
        [one] { $locales } زبان جانچی گئی
       *[other] { $locales } زبانیں جانچی گئیں
    })۔
validate-errors = { $path }: { $count ->
        [one] { $count } غلطی ملی
       *[other] { $count } غلطیاں ملیں
    }۔
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: پیغام `{ $id }` موجود نہیں
validate-missing-audio = { $locale }: آڈیو کلپ `{ $id }` audio.yaml میں موجود نہیں
validate-coverage = لیول کے حساب سے سوال: { $coverage }
validate-no-banks = { $path } میں کوئی بینک نہیں ملا (banks/<name>/bank.yaml ہونا چاہیے تھا)۔

load-error-syntax = پڑھا نہیں جا سکا یا فارمیٹ کے مطابق نہیں: { $detail }
load-error-missing-field = ضروری خانہ موجود نہیں
load-error-invalid-value = قیمت درست نہیں: { $detail }
load-error-duplicate-id = ایک ہی id دو بار: { $detail }
load-error-unknown-competence = نامعلوم مہارت { $detail }
load-error-unknown-source = موازنے کا نامعلوم ذریعہ { $detail }
load-error-non-positive-a = discrimination a کو 0 سے بڑا ہونا چاہیے (ملا: { $detail })
load-error-guessing-range = guessing c کم از کم 0 اور 1 سے کم ہونا چاہیے (ملا: { $detail })
load-error-unordered-thresholds = درجہ وار حدیں (thresholds) ہر بار بڑھنی چاہئیں (ملا: { $detail })
load-error-threshold-count = اسکور کی قسمیں اور حدیں آپس میں نہیں ملتیں (قسمیں/حدیں: { $detail })
load-error-key-not-option = جواب کی کنجی { $detail } سوال کے آپشنز یا جگہوں میں سے نہیں ہے
load-error-model-type = یہ ماڈل اس قسم کے سوال کا اسکور نہیں نکال سکتا ({ $detail })
load-error-unordered-cuts = کٹ اسکور لیول کے ساتھ بڑھنے چاہئیں ({ $detail })
load-error-level-sequence = لیول 0، 1، 2 … بغیر خلا کے چلنے چاہئیں (متوقع/ملا: { $detail })
load-error-missing-file = فائل نہیں ملی: { $detail }
load-error-competence-without-items = مہارت { $detail } کا بینک میں کوئی سوال نہیں
load-error-bad-message-id = Fluent پیغام کی درست id نہیں: { $detail }

## فرضی جانچ (Simulation)
simulate-progress = { $total } میں سے { $done } سیکھنے والوں کی فرضی جانچ ہو گئی
simulate-heading = فرضی جانچ: { $n } سیکھنے والے، seed { $seed }، بینک { $bank }
simulate-items = نمبر والے سوالوں کی اوسط: { $mean } (زیادہ سے زیادہ: { $max })
simulate-rmse = صلاحیت کا RMSE: { $rmse }؛ جھکاؤ (bias): { $bias }؛ اوسط standard error: { $se }
simulate-accuracy = اپنے اصل لیول پر رکھے گئے: { $exact } %؛ ایک لیول کے فرق کے اندر: { $within } %
simulate-exposure = کسی سوال کے آنے کی سب سے زیادہ شرح: { $rate } %
simulate-stops = رکنے کی وجوہات: { $reasons }
simulate-level-line = اصل لیول { $code }: { $n } سیکھنے والے، بالکل درست { $exact } %، ایک لیول کے اندر { $within } %، { $items } سوال

## غلطیاں
error-read = { $path } پڑھا نہیں جا سکتا: { $reason }
error-write = { $path } میں لکھا نہیں جا سکتا: { $reason }
error-not-content = { $path } میں نہ framework.yaml (مواد کا فولڈر) ہے اور نہ bank.yaml (بینک فولڈر)۔
error-session-file = { $path } محفوظ کیا ہوا سیشن نہیں ہے: { $reason }
error-session = سیشن آگے نہیں چل سکتا: { $reason }
error-content = مواد میں غلطیاں ہیں:
error-locales = زبان کی فائلوں میں غلطیاں ہیں:
clip-status-pending = ابھی ریکارڈ نہیں ہوا
clip-status-recorded = ریکارڈ ہو چکا
clip-status-synthesized = کمپیوٹر کی بنائی ہوئی آواز
