## Audio: `nln audio` (assessor and maintainer messages; Arabic, machine-drafted)

cli-audio-about = صوت الرسائل الموجهة إلى المتعلم: تخطيط البيانات، وإنتاج المقاطع، والتسجيل البشري
cli-audio-plan-about = إعادة كتابة ⁨audio.yaml⁩ لكل لغة من الرسائل والأسئلة الحالية (شغّله بعد تغييرها)
cli-audio-plan-opt-check = لا تغيّر شيئًا؛ افشل إذا لم يكن أحد البيانات محدّثًا
cli-audio-opt-locales = مجلد اللغات (الافتراضي: ⁨locales⁩)
audio-unknown-locale = { $locale } ليست لغة مدرجة ({ $listed }).
audio-plan-summary = { $locale }: { $clips ->
        [zero] لا مقاطع
        [one] مقطع واحد
        [two] مقطعان
        [few] { $clips } مقاطع
        [many] { $clips } مقطعًا
       *[other] { $clips } مقطع
    } ({ $synthesized } مركّب، { $recorded } مسجّل، { $needs } للتسجيل)
audio-plan-unchanged = { $path } محدّث.
audio-plan-written = تمت كتابة { $path } ({ $count ->
        [zero] لم يتغير أي إدخال
        [one] تغيّر إدخال واحد
        [two] تغيّر إدخالان
        [few] تغيّرت { $count } إدخالات
        [many] تغيّر { $count } إدخالًا
       *[other] تغيّر { $count } إدخال
    }).
audio-plan-outdated = { $path } غير محدّث ({ $count ->
        [zero] لا اختلاف
        [one] يختلف إدخال واحد
        [two] يختلف إدخالان
        [few] تختلف { $count } إدخالات
        [many] يختلف { $count } إدخالًا
       *[other] يختلف { $count } إدخال
    }).
audio-plan-check-failed = { $count ->
        [one] بيان صوتي واحد غير محدّث: شغّل ⁨`nln audio plan`⁩.
        [two] بيانان صوتيان غير محدّثين: شغّل ⁨`nln audio plan`⁩.
       *[other] { $count } من البيانات الصوتية غير محدّثة: شغّل ⁨`nln audio plan`⁩.
    }
audio-stale = { $locale }: سُجّل { $ref } لنص أقدم: سجّله من جديد (يُحتفظ به حتى ذلك الحين).
audio-unplanned-missing = { $locale }: لا مقطع لـ { $ref }: الرسالة { $message } مفقودة.
audio-unplanned-placeables = { $locale }: لا مقطع لـ { $ref }: الرسالة { $message } فيها متغيرات؛ أعطها صيغة ⁨.speech⁩ بدونها.
clip-status-needs-recording = يحتاج إلى تسجيل بصوت بشري
