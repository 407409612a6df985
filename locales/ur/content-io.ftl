# Content limits, session files and answer input (ur). Machine-drafted.
load-error-too-big = فائل پڑھنے کے لیے بہت بڑی ہے یا بہت گہرائی تک اندر اندر ہے ({ $detail })
load-error-implausible = IRT پیرامیٹر اپنی معقول حد سے باہر ہے ({ $detail })
cli-assess-opt-force = ‎--save‎ والی فائل بدل دیں، چاہے وہ محفوظ سیشن نہ ہو
assess-how-to-answer = اپنی پسند کا نمبر لکھیں، پھر Enter دبائیں۔ ‏0 = مجھے نہیں معلوم۔ q = روکیں (آپ کے جواب محفوظ رہتے ہیں)۔
assess-saving-to = آپ کے جواب { $file } میں محفوظ ہیں
assess-resume-hint = بعد میں جاری رکھنے کے لیے چلائیں: nln assess --resume { $file }
assess-interrupted = ٹیسٹ رک گیا۔
assess-type-number = 1 سے { $max } تک ایک نمبر لکھیں، یا اگر نہیں معلوم تو 0، پھر Enter دبائیں۔
assess-type-order = 1 سے { $max } تک نمبر درست ترتیب میں، درمیان میں خالی جگہ کے ساتھ لکھیں (مثلاً: 2 1 3)، یا اگر نہیں معلوم تو 0۔
error-not-regular-file = { $path } عام فائل نہیں ہے (یہ لنک، فولڈر، پائپ یا ڈیوائس ہے)، اس لیے نہ پڑھی جاتی ہے نہ بدلی جاتی ہے۔
error-file-too-large = { $path } پڑھنے کے لیے بہت بڑی ہے (حد بائٹس میں: { $limit })۔
error-too-many-files = { $path } میں پڑھنے کے لیے بہت زیادہ فائلیں ہیں (حد: { $limit })۔
error-not-a-session = { $path } پہلے سے موجود ہے اور اس ٹیسٹ کا محفوظ سیشن نہیں ہے۔ کوئی اور فائل چنیں، یا بدلنے کے لیے ‎--force‎ شامل کریں۔
error-session-in-use = { $path } اس وقت چل رہے کسی دوسرے ٹیسٹ کے استعمال میں ہے۔
error-no-saved-session = { $path } میں کوئی محفوظ سیشن نہیں ملا۔
