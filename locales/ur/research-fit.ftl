## Item and person fit, DIF, standard setting and plots (ur, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = جانچیں کہ بینک کے پیرامیٹر جوابی ڈیٹا سے کتنے مطابقت رکھتے ہیں: S-X² آئٹم فٹ، infit/outfit اوسط مربع، فرد فٹ lz
cli-fit-opt-min-expected = کل اسکور کے گروپ ملائیں یہاں تک کہ ہر متوقع تعداد کم از کم اتنی ہو (mirt کا mincell؛ 0 کچھ نہیں ملاتا)
cli-fit-opt-persons = آئٹم جدول کی جگہ ہر فرد کا lz دکھائیں
cli-fit-opt-csv = CSV چھاپیں (آئٹم، یا {"\u2068"}--persons{"\u2069"} کے ساتھ افراد)
fit-items-header = آئٹم، ماڈل، S-X²، df، p، RMSEA، infit (z)، outfit (z)؛ * = p ‏0.01 سے کم یا اوسط مربع 0.7–1.3 سے باہر
fit-persons-header = شناخت، EAP تھیٹا، lz، جواب دیے گئے آئٹم؛ * = lz ‏{ $cut } سے کم
fit-s-x2-used = S-X² نے تمام آئٹمز کے جواب دینے والے { $persons ->
    [one] { $persons } فرد
   *[other] { $persons } افراد
} کو استعمال کیا؛ { $skipped ->
    [one] { $skipped } قطار میں ایک آئٹم نہیں تھا اور اسے چھوڑ دیا گیا۔
   *[other] { $skipped } قطاروں میں ایک آئٹم نہیں تھا اور انہیں چھوڑ دیا گیا۔
}
fit-s-x2-none = S-X² کل اسکور کے گروپوں کا موازنہ کرتا ہے اور ایسے افراد چاہتا ہے جنہوں نے تمام آئٹمز کے جواب دیے ہوں (مقررہ فارم)؛ کسی نے نہیں دیے، اس لیے صرف infit، outfit اور lz دکھائے گئے ہیں۔
fit-persons-flagged = { $persons ->
    [one] { $persons } فرد
   *[other] { $persons } افراد
} میں سے { $flagged } کا lz ‏{ $cut } سے کم ہے (غیر متوقع جوابی نمونے؛ {"\u2068"}--persons{"\u2069"} سے فہرست دیکھیں)۔
fit-error-min-expected = ‎--min-expected کو 0 سے 1000 تک کا عدد ہونا چاہیے، { $value } نہیں۔

cli-dif-about = کسی فرد کوویریئیٹ کے گروپوں کے درمیان آئٹمز کے امتیازی عمل (DIF) کی جانچ: Mantel–Haenszel (ETS ‏A/B/C درجے) اور لاجسٹک ریگریشن؛ صرف نشان، کچھ حذف نہیں ہوتا
cli-dif-opt-group = گروپ بنانے والا فرد کوویریئیٹ (مثلاً cov_lang یا cov_mode)
cli-dif-opt-focal = فوکل گروپ (طے شدہ: حوالہ گروپ کے سوا ہر گروپ، ہر ایک کا ایک موازنہ)
cli-dif-opt-reference = حوالہ گروپ (طے شدہ: سب سے بڑا گروپ)
cli-dif-opt-csv = CSV چھاپیں (ہر موازنے اور آئٹم کی ایک سطر)
dif-comparison = { $group }: حوالہ «{ $reference }»، فوکل «{ $focal }»
dif-matching-total = افراد کو کل اسکور پر ملایا جاتا ہے؛ پہلے مرحلے میں نشان زدہ آئٹمز اس سے نکال دیے جاتے ہیں (تطہیر)۔
dif-matching-theta = ہر کسی نے ہر آئٹم کا جواب نہیں دیا: افراد کو EAP صلاحیت پر ملایا جاتا ہے (Mantel–Haenszel کے لیے دس طبقے)۔
dif-purified = ملاپ کے کل اسکور سے نکالے گئے: { $items }
dif-header = آئٹم، جوابات حوالہ/فوکل، MH ڈیلٹا، MH ‏p، ETS درجہ، LR یکساں p، LR غیر یکساں p، LR ‏ΔR²؛ * = جائزے کے لیے نشان (درجہ B یا C، یا LR ‏p ‏0.01 سے کم اور ΔR² کم از کم 0.035)
dif-not-studied = جائزہ نہیں لیا گیا (درجہ وار آئٹم، یا کسی گروپ میں جواب نہیں)
dif-flagged = { $flagged ->
    [one] { $flagged } آئٹم جائزے کے لیے نشان زد (حذف نہیں)۔
   *[other] { $flagged } آئٹمز جائزے کے لیے نشان زد (حذف نہیں)۔
}
dif-error-unknown-group = جوابی فائل میں کوویریئیٹ { $group } نہیں ہے (اس میں ہیں: { $known })۔ لمبی فائلوں میں کوویریئیٹ {"\u2068"}cov_…{"\u2069"} کالموں میں ہوتے ہیں۔
dif-error-unknown-value = کوویریئیٹ { $group } میں گروپ «{ $value }» نہیں ہے (اس میں ہیں: { $known })۔
dif-error-groups = کوویریئیٹ { $group } کو کم از کم دو گروپ درکار ہیں، مختلف حوالہ اور فوکل گروپوں کے ساتھ۔
cli-standard-setting-about = بک مارک معیار سازی: ترتیب شدہ آئٹم کتابچہ چھاپیں، یا پینل ارکان کے بک مارکس کو مجوزہ کٹ اسکور اور لیولز فائل میں بدلیں
cli-standard-setting-opt-bookmarks = بک مارکس کی CSV، کالم panellist,level,page: کتابچے کا آخری صفحہ جس پر اس لیول کے کٹ پر کھڑا سیکھنے والا عبور رکھتا ہے
cli-standard-setting-opt-rp = کتابچے کو ترتیب دینے والا جوابی احتمال (رواج کے مطابق RP67)
cli-standard-setting-opt-out = مجوزہ کٹس (پینل کا وسطانیہ) اور ان کے ماخذ کے ساتھ لیولز فائل یہاں لکھیں
standard-setting-booklet-header = صفحہ، آئٹم، اسکور قدم، RP{ $rp } مقام (θ)، اس θ پر آج کا لیول
standard-setting-panel = { $panellists } پینل ارکان، RP ‏{ $rp } پر { $pages } صفحات کا کتابچہ۔
standard-setting-cuts-header = لیول، موجودہ کٹ، مجوزہ کٹ (وسطانیہ)، اوسط، SD، پینل میں حد
standard-setting-written = { $path } لکھی گئی، { $cuts } مجوزہ کٹس کے ساتھ (حیثیت: panel)۔
standard-setting-error-rp = ‎--rp ‏0 اور 1 کے درمیان احتمال ہونا چاہیے، { $value } نہیں۔
standard-setting-error-level = لیول «{ $level }» کٹ اسکور والا لیول نہیں ہے
standard-setting-error-page = صفحہ { $page } کتابچے کے آخری صفحے { $pages } سے آگے ہے
standard-setting-error-empty = فائل میں کوئی بک مارک نہیں۔
standard-setting-error-missing = پینل رکن «{ $panellist }» کا لیول { $level } کے لیے کوئی بک مارک نہیں؛ ہر رکن انہی لیولز کے لیے بک مارک لگاتا ہے۔
standard-setting-error-decreasing = پینل رکن «{ $panellist }» نے اونچا لیول نچلے لیول سے پہلے صفحے پر لگایا ہے۔
standard-setting-error-order = مجوزہ کٹس، نہ بدلے گئے کٹس سمیت، لیولز کے ساتھ نہیں بڑھتے؛ کچھ نہیں لکھا گیا۔
data-error-bad-page = صفحہ «{ $value }» ‏1 یا زیادہ کا مکمل عدد نہیں ہے
data-error-duplicate-bookmark = پینل رکن «{ $panellist }» نے لیول { $level } دو بار بک مارک کیا

cli-plot-about = بینک کے SVG گراف بنائیں: ٹیسٹ معلومات اس کی معیاری غلطی اور لیول کٹس کے ساتھ، اور ہر آئٹم کے خصوصیت اور معلومات کے خم
cli-plot-opt-out = SVG فائلیں لکھنے کا فولڈر (نہ ہو تو بنایا جاتا ہے)
cli-plot-opt-items = صرف یہ آئٹمز (کوما سے الگ شناختیں؛ طے شدہ: ماڈل والا ہر آئٹم)
plot-title-test = ٹیسٹ معلومات: بینک { $bank } { $version } ({ $items } آئٹمز)
plot-title-item = آئٹم { $item } ({ $model })
plot-axis-theta = θ (صلاحیت، لاجٹ)
plot-axis-information = معلومات
plot-axis-se = معیاری غلطی
plot-axis-probability = احتمال
plot-legend-score = اسکور { $score }
plot-written = { $count } گراف { $path } میں لکھے گئے۔
