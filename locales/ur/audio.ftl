## Audio: `nln audio` (assessor and maintainer messages; Urdu, machine-drafted)

cli-audio-about = سیکھنے والے کے پیغامات کی آواز: فہرستوں کی منصوبہ بندی، کلپ بنانا، انسانی آواز میں ریکارڈ کرنا
cli-audio-plan-about = ہر زبان کی ⁨audio.yaml⁩ موجودہ پیغامات اور سوالات سے دوبارہ لکھیں (انہیں بدلنے کے بعد چلائیں)
cli-audio-plan-opt-check = کچھ نہ بدلیں؛ اگر کوئی فہرست تازہ نہیں تو ناکام ہوں
cli-audio-opt-locales = زبانوں کا فولڈر (طے شدہ: ⁨locales⁩)
audio-unknown-locale = { $locale } فہرست میں شامل زبان نہیں ({ $listed })۔
audio-plan-summary = { $locale }: { $clips ->
        [one] { $clips } کلپ
       *[other] { $clips } کلپس
    } ({ $synthesized } مصنوعی، { $recorded } ریکارڈ شدہ، { $needs } ریکارڈ ہونا باقی)
audio-plan-unchanged = { $path } تازہ ہے۔
audio-plan-written = { $path } لکھی گئی ({ $count ->
        [one] { $count } اندراج بدلا
       *[other] { $count } اندراجات بدلے
    })۔
audio-plan-outdated = { $path } تازہ نہیں ({ $count ->
        [one] { $count } اندراج مختلف ہے
       *[other] { $count } اندراجات مختلف ہیں
    })۔
audio-plan-check-failed = { $count ->
        [one] { $count } آڈیو فہرست تازہ نہیں: ⁨`nln audio plan`⁩ چلائیں۔
       *[other] { $count } آڈیو فہرستیں تازہ نہیں: ⁨`nln audio plan`⁩ چلائیں۔
    }
audio-stale = { $locale }: { $ref } کی ریکارڈنگ پرانے متن کی ہے: دوبارہ ریکارڈ کریں (تب تک رکھی جائے گی)۔
audio-unplanned-missing = { $locale }: { $ref } کا کوئی کلپ نہیں: پیغام { $message } موجود نہیں۔
audio-unplanned-placeables = { $locale }: { $ref } کا کوئی کلپ نہیں: پیغام { $message } میں متغیرات ہیں؛ اسے متغیرات کے بغیر ⁨.speech⁩ شکل دیں۔
clip-status-needs-recording = انسانی آواز میں ریکارڈنگ درکار ہے
cli-audio-build-about = آڈیو فولڈر میں ہر غائب کلپ بنائیں (مصنوعی آواز، خاموشی کاٹ کر، آواز کی سطح برابر کر کے، ⁨Opus⁩ اور متبادل ⁨MP3⁩)
cli-audio-build-opt-check = کچھ نہ بدلیں؛ اگر سیکھنے والے کے کسی پیغام کا کلپ نہیں، یا کلپ پرانا ہے یا ریکارڈنگ چاہیے تو ناکام ہوں
cli-audio-opt-out = آڈیو فولڈر (طے شدہ: ⁨NLN_AUDIO_DIR⁩، ورنہ ⁨target/audio⁩)
audio-tool-missing = { $program } انسٹال نہیں؛ آڈیو بنانے کے لیے یہ ضروری ہے۔ ڈیبین یا اوبنٹو پر: ⁨apt-get install⁩ { $package }
audio-needs-recording = { $locale } کی کوئی قابلِ استعمال مصنوعی آواز نہیں: { $count ->
        [one] { $count } کلپ کو انسانی ریکارڈنگ چاہیے
       *[other] { $count } کلپس کو انسانی ریکارڈنگ چاہیے
    } (دیکھیں ⁨`nln audio script --lang`⁩ { $locale })۔
audio-recording-not-imported = { $locale }: ریکارڈنگ { $file } موجود نہیں: اسے ⁨`nln audio import`⁩ سے درآمد کریں۔
audio-clips-not-built = { $locale }: { $folder } میں { $count ->
        [one] { $count } کلپ نہیں بنا
       *[other] { $count } کلپس نہیں بنے
    }: ⁨`nln audio build --lang`⁩ { $locale } چلائیں۔
audio-clip-failed = { $file } نہیں بن سکا: { $reason }
audio-progress = { $locale } کے کلپس بن رہے ہیں
audio-built = { $locale }: { $folder } میں { $built ->
        [one] { $built } کلپ بنا
       *[other] { $built } کلپس بنے
    }۔
audio-check-failed = { $count ->
        [one] { $count } آڈیو مسئلہ ملا۔
       *[other] { $count } آڈیو مسائل ملے۔
    }
cli-audio-script-about = صداکار کے لیے ریکارڈنگ اسکرپٹ لکھیں: ہر متن، اس کی فائل کا نام، اور وہ کہاں سنا جاتا ہے
cli-audio-script-opt-output = اسکرپٹ اس فائل میں لکھیں (طے شدہ: معیاری آؤٹ پٹ)
cli-audio-import-about = صداکار کی ریکارڈنگز درآمد کریں: دورانیہ اور آواز کی سطح جانچیں، انکوڈ کریں، ⁨audio.yaml⁩ تازہ کریں
cli-audio-import-opt-dir = ریکارڈنگز کا فولڈر، اسکرپٹ کے مطابق ناموں کے ساتھ
cli-audio-import-opt-speaker = بولنے والے کا کوڈ جو ہر ریکارڈنگ کے ساتھ رکھا جاتا ہے (مثلاً ⁨F03⁩)
audio-script-heading = ریکارڈنگ اسکرپٹ: { $locale } ({ $count ->
        [one] { $count } متن
       *[other] { $count } متون
    })
audio-script-instructions = ہر متن سکون سے اور تھوڑا آہستہ پڑھیں، جیسے کسی ایسے بالغ سے بات کر رہے ہوں جو کمپیوٹر میں نیا ہے۔ خاموش کمرے میں، مائیکروفون سے تقریباً 20 سینٹی میٹر دور ریکارڈ کریں۔ ہر متن کو اس کی اپنی ⁨WAV⁩ فائل (⁨48 kHz⁩) میں بالکل دکھائے گئے نام سے محفوظ کریں، پہلے اور بعد میں تھوڑی خاموشی کے ساتھ۔
audio-script-context = کہاں سنا جاتا ہے: { $context }
audio-script-role-prompt = آئٹم { $item } کا سوال
audio-script-role-option = آئٹم { $item } کا ایک جواب
audio-script-role-region = آئٹم { $item } کی تصویر پر ایک جگہ
audio-script-role-category = آئٹم { $item } کے لیے جانچنے والے کا درجہ
audio-script-role-screen = ٹیسٹ کی کوئی ہدایت یا بٹن
audio-script-picture = تصویر: { $file }
audio-script-english = انگریزی: { $text }
audio-script-say = کہیں:
audio-script-written = ریکارڈنگ اسکرپٹ { $path } میں لکھا گیا ({ $count ->
        [one] { $count } متن
       *[other] { $count } متون
    })۔
audio-import-one-locale = درآمد کے لیے بالکل ایک زبان ⁨--lang⁩ سے دیں۔
audio-import-rejected = { $file } درآمد نہیں ہوئی: { $reason }
audio-reason-name = فائل کا نام اسکرپٹ کی طرح ⁨<clip>.<hash>.wav⁩ نہیں۔
audio-reason-unknown = { $ref } نام کا کوئی کلپ نہیں۔
audio-reason-stale = یہ { $ref } کے پرانے متن سے ریکارڈ ہوئی؛ موجودہ متن ریکارڈ کریں (نیا اسکرپٹ دیکھیں)۔
audio-reason-unreadable = اسے ⁨WAV⁩ فائل کے طور پر نہیں پڑھا جا سکتا ({ $detail })۔
audio-reason-duration = بولنے کا دورانیہ { $seconds } سیکنڈ ہے؛ کلپ { $min } سے { $max } سیکنڈ کا ہوتا ہے۔
audio-reason-quiet = آواز بہت دھیمی ہے ({ $lufs } ⁨LUFS⁩، کم از کم { $min } چاہیے): مائیکروفون کے قریب ریکارڈ کریں۔
audio-reason-clipped = آواز بگڑی ہوئی ہے (سطح زیادہ سے زیادہ تک پہنچ گئی): مائیکروفون سے تھوڑا دور ریکارڈ کریں۔
audio-import-done = { $locale }: { $count ->
        [one] { $count } ریکارڈنگ درآمد ہوئی
       *[other] { $count } ریکارڈنگز درآمد ہوئیں
    }، { $rejected } رد ہوئیں۔
