# سوالوں کے پیغامات: DEV (اردو)

item-dev-001-prompt = اس تصویر پر ٹیپ کریں جس میں نظر آئے کہ فون چارج ہو رہا ہے۔
item-dev-001-opt-a = ایک فون جس میں تار لگی ہے اور اسکرین پر بجلی کا نشان ہے۔
item-dev-001-opt-b = ایک فون جس کی اسکرین ٹوٹی ہوئی ہے۔
item-dev-001-opt-c = ایک فون جس کی اسکرین کالی ہے۔

item-dev-002-prompt = وہاں ٹیپ کریں جہاں چارجر لگاتے ہیں۔
item-dev-002-region-port = فون کے نیچے والے کنارے پر چھوٹا سا سوراخ
item-dev-002-region-side-button = فون کی دائیں طرف لمبا بٹن
item-dev-002-region-camera = فون کے اوپر چھوٹا گول کیمرا
item-dev-002-region-screen = اسکرین کا درمیان

item-dev-003-prompt = تصویر دیکھیں۔ بیٹری سرخ ہے اور تقریباً خالی ہے۔ اس کا مطلب ہے کہ آپ کو جلد فون چارج کرنا چاہیے۔ صحیح یا غلط؟

item-dev-004-prompt = تصویروں کو ترتیب میں لگائیں: فون جگائیں، اس کا لاک کھولیں، اور کیمرا کھولیں۔
item-dev-004-opt-a = اپنا PIN کوڈ لکھیں۔
item-dev-004-opt-b = فون کی سائیڈ والا بٹن دبائیں۔
item-dev-004-opt-c = کیمرے کے آئیکن پر ٹیپ کریں۔
item-dev-004-opt-d = اسکرین پر انگلی اوپر کی طرف پھیریں۔

item-dev-005-prompt = دو انگلیوں سے نقشہ بڑا کریں تاکہ آپ گلیوں کے نام پڑھ سکیں۔ پھر اسے دوبارہ چھوٹا کریں۔
item-dev-005-cat-0 = حل نہیں ہوا
item-dev-005-cat-1 = اشارہ ملنے کے بعد حل ہوا
item-dev-005-cat-2 = اکیلے حل کیا

item-dev-006-prompt = اس آئیکن پر ٹیپ کریں جس سے فون کال کرتے ہیں۔
item-dev-006-region-phone = سبز فون والا آئیکن، نیچے بائیں طرف
item-dev-006-region-messages = اس کے ساتھ بات کے غبارے والا آئیکن
item-dev-006-region-browser = گول دنیا (گلوب) والا آئیکن
item-dev-006-region-camera = کیمرے والا آئیکن، نیچے دائیں طرف
item-dev-006-region-settings = سرمئی پہیے (گیئر) والا آئیکن، اوپر بائیں طرف

item-dev-007-prompt = آپ ایک ایپ کے اندر ہیں۔ کون سا بٹن آپ کو پچھلی اسکرین پر واپس لے جاتا ہے؟
item-dev-007-opt-a = جمع کا نشان۔
item-dev-007-opt-b = میگنیفائنگ گلاس (محدب عدسہ)۔
item-dev-007-opt-c = بائیں طرف اشارہ کرتا تیر۔
item-dev-007-opt-d = ستارہ۔

item-dev-008-prompt = WhatsApp کا آئیکن دیکھیں۔ اس پر ایک چھوٹا سرخ دائرہ ہے جس میں نمبر 3 لکھا ہے۔ اس کا مطلب ہے کہ نئے میسج آپ کا انتظار کر رہے ہیں۔ صحیح یا غلط؟

item-dev-009-prompt = آپ کی ایک کال رہ گئی (مسڈ کال)۔ مسڈ کال والے نوٹیفکیشن پر ٹیپ کریں۔
item-dev-009-region-missed-call = فون اور سرخ تیر والا نوٹیفکیشن
item-dev-009-region-message = سبز بات کے غبارے والا نوٹیفکیشن
item-dev-009-region-battery = بیٹری والا نوٹیفکیشن
item-dev-009-region-update = ڈاؤن لوڈ کے تیر والا نوٹیفکیشن

item-dev-010-prompt = آپ اپنے نوٹیفکیشن دوبارہ دیکھنا چاہتے ہیں۔ آپ اسکرین پر کہاں انگلی پھیریں گے؟
item-dev-010-opt-a = اوپر کی طرف، اسکرین کے نیچے سے۔
item-dev-010-opt-b = نیچے کی طرف، اسکرین کے اوپر سے۔
item-dev-010-opt-c = بائیں کنارے سے دائیں طرف۔

item-dev-011-prompt = وہ بٹن ٹیپ کریں جو دو لفظوں کے بیچ خالی جگہ ڈالتا ہے۔
item-dev-011-region-space = نیچے درمیان میں لمبا بٹن
item-dev-011-region-backspace = تیر اور X والا بٹن، دائیں طرف
item-dev-011-region-shift = اوپر اشارہ کرتے تیر والا بٹن، بائیں طرف
item-dev-011-region-enter = نیچے دائیں طرف مڑے ہوئے تیر والا بٹن
item-dev-011-region-mic = لمبے بٹن کے ساتھ چھوٹا مائیک والا بٹن

item-dev-012-prompt = آپ لکھنے کی بجائے بولنا چاہتے ہیں۔ آپ کون سا بٹن ٹیپ کریں گے؟
item-dev-012-opt-a = اوپر اشارہ کرتا تیر۔
item-dev-012-opt-b = دنیا کا گولا (گلوب)۔
item-dev-012-opt-c = مسکراتا چہرہ۔
item-dev-012-opt-d = مائیک۔

item-dev-013-prompt = کارڈ سے ای میل ایڈریس خانے میں بالکل ویسا ہی لکھیں جیسا لکھا ہے۔ پھر Next (آگے) پر ٹیپ کریں۔
item-dev-013-cat-0 = حل نہیں ہوا
item-dev-013-cat-1 = اشارہ ملنے کے بعد حل ہوا
item-dev-013-cat-2 = اکیلے حل کیا

item-dev-014-prompt = میسج سے تصدیقی نمبر کاپی کر کے فارم میں پیسٹ کرنے کے لیے قدموں کو ترتیب میں لگائیں۔
item-dev-014-opt-a = Copy (کاپی) پر ٹیپ کریں۔
item-dev-014-opt-b = فارم کے خالی خانے پر انگلی دبا کر رکھیں۔
item-dev-014-opt-c = میسج میں نمبر پر انگلی دبا کر رکھیں۔
item-dev-014-opt-d = Paste (پیسٹ) پر ٹیپ کریں۔

item-dev-015-prompt = کون سا آئیکن بتاتا ہے کہ فون Wi-Fi سے جڑا ہے؟
item-dev-015-opt-a = پنکھے کی شکل میں مڑی ہوئی لکیریں۔
item-dev-015-opt-b = ہوائی جہاز۔
item-dev-015-opt-c = بیٹری۔
item-dev-015-opt-d = Bluetooth کا نشان، نوک دار انگریزی حرف B جیسا۔

item-dev-016-prompt = آپ پبلک لائبریری میں ہیں۔ مفت Wi-Fi استعمال کرنے کے لیے آپ اپنے فون کی Wi-Fi سیٹنگز میں لائبریری کے نیٹ ورک کا نام چنتے ہیں۔ صحیح یا غلط؟

item-dev-017-prompt = فون کو لائبریری کے Wi-Fi سے جوڑیں۔ نیٹ ورک کا نام LibraryGuest ہے اور پاس ورڈ کارڈ پر لکھا ہے۔
item-dev-017-cat-0 = حل نہیں ہوا
item-dev-017-cat-1 = اشارہ ملنے کے بعد حل ہوا
item-dev-017-cat-2 = اکیلے حل کیا

item-dev-018-prompt = آپ کا موبائل ڈیٹا بند ہے۔ وہ بٹن ٹیپ کریں جو موبائل ڈیٹا آن کرتا ہے۔
item-dev-018-region-wifi = Wi-Fi والا بٹن، اوپر بائیں طرف
item-dev-018-region-mobile-data = Mobile data (موبائل ڈیٹا) والا بٹن، دو تیروں کے ساتھ، اوپر درمیان میں
item-dev-018-region-bluetooth = Bluetooth والا بٹن، اوپر دائیں طرف
item-dev-018-region-airplane = Airplane mode (ہوائی جہاز موڈ) والا بٹن، نیچے بائیں طرف
item-dev-018-region-flashlight = Flashlight (ٹارچ) والا بٹن، نیچے درمیان میں

item-dev-019-prompt = آپ اپنے فون پر WhatsApp انسٹال کرنا چاہتے ہیں۔ آپ کون سی ایپ کھولیں گے؟
item-dev-019-opt-a = کیمرا۔
item-dev-019-opt-b = ایپ اسٹور: Play Store یا App Store۔
item-dev-019-opt-c = تصویروں کی گیلری۔
item-dev-019-opt-d = گھڑی۔

item-dev-020-prompt = آپ کے فون پر الفاظ بہت چھوٹے ہیں۔ وہ سیٹنگ ٹیپ کریں جو لکھائی بڑی کرتی ہے۔
item-dev-020-region-brightness = Brightness (روشنی) والی لائن، سورج کے ساتھ
item-dev-020-region-dark-mode = Dark mode (اندھیرا موڈ) والی لائن، چاند کے ساتھ
item-dev-020-region-font-size = Font size (لکھائی کا سائز) والی لائن، ایک چھوٹے اور ایک بڑے حرف A کے ساتھ
item-dev-020-region-timeout = Screen timeout (اسکرین بند ہونے کا وقت) والی لائن، گھڑی کے ساتھ
item-dev-020-region-wallpaper = Wallpaper (پس منظر کی تصویر) والی لائن، تصویر کے ساتھ

item-dev-021-prompt = اپنے فون میں اپنی زبان ڈالنے کے لیے قدموں کو ترتیب میں لگائیں۔
item-dev-021-opt-a = Add a language (زبان ڈالیں) پر ٹیپ کریں۔
item-dev-021-opt-b = Settings (سیٹنگز) کھولیں۔
item-dev-021-opt-c = فہرست میں سے اپنی زبان چنیں۔
item-dev-021-opt-d = Languages (زبانیں) پر ٹیپ کریں۔

item-dev-022-prompt = ایپ اسٹور میں Transit نام کی بس والی ایپ ڈھونڈیں، اسے انسٹال کریں، پھر اسے کھولیں۔
item-dev-022-cat-0 = حل نہیں ہوا
item-dev-022-cat-1 = اشارہ ملنے کے بعد حل ہوا
item-dev-022-cat-2 = اکیلے حل کیا

item-dev-023-prompt = آپ نے ایک ویب سائٹ سے ایک خط ڈاؤن لوڈ کیا۔ آپ کا فون عام طور پر اسے کہاں محفوظ کرتا ہے؟
item-dev-023-opt-a = Camera ایپ میں۔
item-dev-023-opt-b = Contacts ایپ میں۔
item-dev-023-opt-c = Files ایپ کے Downloads فولڈر میں۔
item-dev-023-opt-d = Clock ایپ میں۔

item-dev-024-prompt = جب آپ کوئی تصویر ڈیلیٹ کرتے ہیں، تو بہت سے فون اسے تقریباً 30 دن تک Recently deleted یا Trash نام کے فولڈر میں رکھتے ہیں۔ آپ اسے پھر بھی واپس لا سکتے ہیں۔ صحیح یا غلط؟

item-dev-025-prompt = کسی فائل کا نام بدلنے کے لیے قدموں کو ترتیب میں لگائیں۔
item-dev-025-opt-a = Rename (نام بدلیں) پر ٹیپ کریں۔
item-dev-025-opt-b = Files ایپ کھولیں۔
item-dev-025-opt-c = OK پر ٹیپ کریں۔
item-dev-025-opt-d = فائل پر انگلی دبا کر رکھیں۔
item-dev-025-opt-e = نیا نام لکھیں۔

item-dev-026-prompt = اپنے کرائے کے معاہدے کی تصویر اپنے آن لائن کلاؤڈ اسٹوریج میں Housing نام کے فولڈر میں محفوظ کریں۔
item-dev-026-cat-0 = حل نہیں ہوا
item-dev-026-cat-1 = اشارہ ملنے کے بعد حل ہوا
item-dev-026-cat-2 = اکیلے حل کیا
