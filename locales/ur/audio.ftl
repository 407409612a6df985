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
