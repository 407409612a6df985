# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = فون کی بیٹری جو تقریباً ختم ہے
picture-icons-chat-app-badge-alt = چیٹ ایپ کا آئیکن جس پر چھوٹا سرخ دائرہ اور نمبر 3 ہے
picture-screens-android-settings-alt = فون کی سیٹنگز کی فہرست
picture-screens-app-permissions-photo-alt = تصویر ایڈٹ کرنے والی ایپ کی اجازتیں
picture-screens-app-permissions-alt = ویڈیو کال ایپ کی اجازتیں
picture-screens-bank-app-alt = بینک ایپ کی ہوم اسکرین
picture-screens-browser-page-alt = براؤزر میں کھلا ہوا ویب صفحہ
picture-screens-camera-app-alt = کیمرہ ایپ، تصویر لینے کے لیے تیار
picture-screens-course-page-alt = آن لائن کورس کا صفحہ
picture-screens-email-open-alt = اسکول کی ای میل جو فون پر کھلی ہے
picture-screens-form-required-alt = بھرنے کے خانوں والا فارم
picture-screens-gallery-edit-alt = گیلری میں کھلی ہوئی ایک خط کی تصویر
picture-screens-hydro-bill-alt = بجلی کا بل
picture-screens-incoming-call-alt = فون پر آنے والی کال
picture-screens-job-bank-search-alt = نوکری تلاش کرنے کی ویب سائٹ
picture-screens-job-posting-alt = ویب سائٹ پر نوکری کا اشتہار
picture-screens-keyboard-alt = کی بورڈ کھلی ہوئی چیٹ
picture-screens-maps-app-alt = نقشے کی ایپ
picture-screens-mock-camera-alt = مشق کا کیمرہ جو ایک خط کی طرف ہے
picture-screens-mock-form-alt = مشق کا فارم
picture-screens-mock-job-site-alt = مشق کی نوکریوں والی ویب سائٹ
picture-screens-mock-password-manager-alt = مشق کا پاس ورڈ مینیجر
picture-screens-mock-portfolio-alt = مشق کی پیشہ ورانہ پروفائل ویب سائٹ
picture-screens-mock-social-alt = مشق کی چیٹ ایپ جس میں توہین آمیز پیغامات ہیں
picture-screens-mock-telehealth-alt = مشق کی کلینک ایپ
picture-screens-mock-word-processor-alt = مشق کا ورڈ پروسیسر جس میں سی وی ہے
picture-screens-notifications-alt = اطلاعات کی فہرست
picture-screens-permission-popup-alt = ایک ایپ اجازت مانگ رہی ہے
picture-screens-phishing-email-alt = آپ کے بینک اکاؤنٹ کے بارے میں ای میل
picture-screens-phone-home-alt = فون کی ہوم اسکرین
picture-screens-phone-outline-alt = اسمارٹ فون کی تصویر
picture-screens-quick-settings-alt = فوری سیٹنگز کے بٹن
picture-screens-school-portal-alt = والدین کے لیے اسکول کی ویب سائٹ
picture-screens-screen-time-alt = ٹیبلٹ کی سیٹنگز کی فہرست
picture-screens-search-results-alt = ویب پر تلاش کے نتائج
picture-screens-security-activity-alt = ای میل اکاؤنٹ میں حالیہ سائن ان
picture-screens-settings-display-alt = ڈسپلے کی سیٹنگز
picture-screens-sign-in-alt = سائن ان کا صفحہ
picture-screens-sms-code-alt = کوڈ والا ٹیکسٹ میسج
picture-screens-spreadsheet-costs-alt = مہینے کے اخراجات کی اسپریڈشیٹ
picture-screens-upload-form-alt = فائل اپ لوڈ کرنے والا آن لائن فارم
picture-screens-video-call-camera-off-alt = فون پر ویڈیو کال
picture-screens-video-meeting-alt = فون پر آن لائن کلاس
picture-screens-word-processor-alt = ورڈ پروسیسر میں ایک دستاویز
