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
cli-audio-build-about = إنتاج كل مقطع ناقص في مجلد الصوت (صوت مركّب، مع قص الصمت، وتوحيد مستوى الصوت، بصيغة ⁨Opus⁩ مع ⁨MP3⁩ احتياطي)
cli-audio-build-opt-check = لا تغيّر شيئًا؛ افشل إذا لم يكن لرسالة المتعلم مقطع، أو كان المقطع قديمًا أو يحتاج إلى تسجيل
cli-audio-opt-out = مجلد الصوت (الافتراضي: ⁨NLN_AUDIO_DIR⁩، وإلا ⁨target/audio⁩)
audio-tool-missing = { $program } غير مثبّت؛ يحتاجه إنتاج الصوت. على ديبيان أو أوبونتو: ⁨apt-get install⁩ { $package }
audio-needs-recording = لا يوجد صوت مركّب صالح لـ { $locale }: { $count ->
        [zero] { $count } مقطع يحتاج إلى تسجيل بشري
        [one] مقطع واحد يحتاج إلى تسجيل بشري
        [two] مقطعان يحتاجان إلى تسجيل بشري
        [few] { $count } مقاطع تحتاج إلى تسجيل بشري
        [many] { $count } مقطعًا يحتاج إلى تسجيل بشري
       *[other] { $count } مقطع يحتاج إلى تسجيل بشري
    } (انظر ⁨`nln audio script --lang`⁩ { $locale }).
audio-recording-not-imported = { $locale }: التسجيل { $file } مفقود: استورده بالأمر ⁨`nln audio import`⁩.
audio-clips-not-built = { $locale }: { $count ->
        [zero] { $count } مقطع لم يُنتَج
        [one] مقطع واحد لم يُنتَج
        [two] مقطعان لم يُنتَجا
        [few] { $count } مقاطع لم تُنتَج
        [many] { $count } مقطعًا لم يُنتَج
       *[other] { $count } مقطع لم يُنتَج
    } في { $folder }: شغّل ⁨`nln audio build --lang`⁩ { $locale }.
audio-clip-failed = تعذّر إنتاج { $file }: { $reason }
audio-progress = إنتاج مقاطع { $locale }
audio-built = { $locale }: { $built ->
        [zero] أُنتج { $built } مقطع
        [one] أُنتج مقطع واحد
        [two] أُنتج مقطعان
        [few] أُنتجت { $built } مقاطع
        [many] أُنتج { $built } مقطعًا
       *[other] أُنتج { $built } مقطع
    } في { $folder }.
audio-check-failed = { $count ->
        [zero] وُجدت { $count } مشكلة صوتية.
        [one] وُجدت مشكلة صوتية واحدة.
        [two] وُجدت مشكلتان صوتيتان.
        [few] وُجدت { $count } مشاكل صوتية.
        [many] وُجدت { $count } مشكلة صوتية.
       *[other] وُجدت { $count } مشكلة صوتية.
    }
cli-audio-script-about = كتابة نص التسجيل الذي يقرأ منه المؤدي الصوتي: كل نص واسم ملفه وأين يُسمع
cli-audio-script-opt-output = اكتب النص في هذا الملف (الافتراضي: المخرج القياسي)
cli-audio-import-about = استيراد تسجيلات المؤدي الصوتي: فحص المدة ومستوى الصوت، والترميز، وتحديث ⁨audio.yaml⁩
cli-audio-import-opt-dir = مجلد التسجيلات، بالأسماء كما في النص
cli-audio-import-opt-speaker = رمز المتحدث الذي يُحفظ مع كل تسجيل (مثلًا ⁨F03⁩)
audio-script-heading = نص التسجيل: { $locale } ({ $count ->
        [zero] { $count } نص
        [one] نص واحد
        [two] نصان
        [few] { $count } نصوص
        [many] { $count } نصًا
       *[other] { $count } نص
    })
audio-script-instructions = اقرأ كل نص بهدوء وببطء قليلًا، كأنك تخاطب شخصًا بالغًا جديدًا على الحاسوب. سجّل في غرفة هادئة، على بعد 20 سم تقريبًا من الميكروفون. احفظ كل نص في ملف ⁨WAV⁩ خاص به (⁨48 kHz⁩)، بالاسم المبيّن تمامًا، مع صمت قصير قبله وبعده.
audio-script-context = يُسمع في: { $context }
audio-script-role-prompt = سؤال البند { $item }
audio-script-role-option = إحدى إجابات البند { $item }
audio-script-role-region = مكان في صورة البند { $item }
audio-script-role-category = تقييم المقيّم للبند { $item }
audio-script-role-screen = تعليمة أو زر في الاختبار
audio-script-picture = الصورة: { $file }
audio-script-english = بالإنجليزية: { $text }
audio-script-say = قل:
audio-script-written = كُتب نص التسجيل في { $path } ({ $count ->
        [zero] { $count } نص
        [one] نص واحد
        [two] نصان
        [few] { $count } نصوص
        [many] { $count } نصًا
       *[other] { $count } نص
    }).
audio-import-one-locale = حدّد لغة واحدة فقط للاستيراد، بالخيار ⁨--lang⁩.
audio-import-rejected = لم يُستورد { $file }: { $reason }
audio-reason-name = اسم الملف ليس ⁨<clip>.<hash>.wav⁩ كما في النص.
audio-reason-unknown = لا يوجد مقطع باسم { $ref }.
audio-reason-stale = سُجّل من نص أقدم لـ { $ref }؛ سجّل النص الحالي (انظر نصًا جديدًا).
audio-reason-unreadable = لا يمكن قراءته كملف ⁨WAV⁩ ({ $detail }).
audio-reason-duration = مدة الكلام { $seconds } ث؛ مدة المقطع من { $min } إلى { $max } ث.
audio-reason-quiet = الصوت منخفض جدًا ({ $lufs } ⁨LUFS⁩، والمطلوب { $min } على الأقل): سجّل أقرب إلى الميكروفون.
audio-reason-clipped = الصوت مشوّه (بلغ المستوى الحد الأقصى): سجّل أبعد قليلًا عن الميكروفون.
audio-import-done = { $locale }: { $count ->
        [zero] استُورد { $count } تسجيل
        [one] استُورد تسجيل واحد
        [two] استُورد تسجيلان
        [few] استُوردت { $count } تسجيلات
        [many] استُورد { $count } تسجيلًا
       *[other] استُورد { $count } تسجيل
    }، ورُفض { $rejected }.
