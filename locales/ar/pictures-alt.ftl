# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = بطارية هاتف شبه فارغة
picture-icons-chat-app-badge-alt = أيقونة تطبيق دردشة عليها دائرة حمراء صغيرة والرقم 3
picture-screens-android-settings-alt = قائمة الإعدادات في الهاتف
picture-screens-app-permissions-photo-alt = أذونات تطبيق لتعديل الصور
picture-screens-app-permissions-alt = أذونات تطبيق لمكالمات الفيديو
picture-screens-bank-app-alt = الشاشة الرئيسية لتطبيق بنك
picture-screens-browser-page-alt = صفحة ويب مفتوحة في المتصفح
picture-screens-camera-app-alt = تطبيق الكاميرا جاهز لالتقاط الصور
picture-screens-course-page-alt = صفحة دورة تدريبية عبر الإنترنت
picture-screens-email-open-alt = بريد إلكتروني من مدرسة مفتوح على الهاتف
picture-screens-form-required-alt = استمارة فيها خانات للتعبئة
picture-screens-gallery-edit-alt = صورة رسالة مفتوحة في معرض الصور
picture-screens-hydro-bill-alt = فاتورة كهرباء
picture-screens-incoming-call-alt = مكالمة واردة على الهاتف
picture-screens-job-bank-search-alt = موقع للبحث عن عمل
picture-screens-job-posting-alt = إعلان وظيفة على موقع إلكتروني
picture-screens-keyboard-alt = محادثة ولوحة المفاتيح مفتوحة
picture-screens-maps-app-alt = تطبيق الخرائط
picture-screens-mock-camera-alt = كاميرا للتدريب موجّهة نحو رسالة
picture-screens-mock-form-alt = استمارة للتدريب
picture-screens-mock-job-site-alt = موقع وظائف للتدريب
picture-screens-mock-password-manager-alt = مدير كلمات مرور للتدريب
picture-screens-mock-portfolio-alt = موقع ملف مهني للتدريب
picture-screens-mock-social-alt = تطبيق دردشة للتدريب فيه رسائل مسيئة
picture-screens-mock-telehealth-alt = تطبيق عيادة للتدريب
picture-screens-mock-word-processor-alt = معالج نصوص للتدريب فيه سيرة ذاتية
picture-screens-notifications-alt = قائمة الإشعارات
picture-screens-permission-popup-alt = تطبيق يطلب إذنًا
picture-screens-phishing-email-alt = بريد إلكتروني عن حسابك البنكي
picture-screens-phone-home-alt = الشاشة الرئيسية للهاتف
picture-screens-phone-outline-alt = رسم لهاتف ذكي
picture-screens-quick-settings-alt = أزرار الإعدادات السريعة
picture-screens-school-portal-alt = موقع المدرسة لأولياء الأمور
picture-screens-screen-time-alt = قائمة الإعدادات في الجهاز اللوحي
picture-screens-search-results-alt = نتائج بحث على الإنترنت
picture-screens-security-activity-alt = عمليات تسجيل الدخول الأخيرة إلى حساب بريد إلكتروني
picture-screens-settings-display-alt = إعدادات الشاشة
picture-screens-sign-in-alt = صفحة تسجيل الدخول
picture-screens-sms-code-alt = رسالة نصية فيها رمز
picture-screens-spreadsheet-costs-alt = جدول بيانات للمصاريف الشهرية
picture-screens-upload-form-alt = استمارة على الإنترنت لرفع ملف
picture-screens-video-call-camera-off-alt = مكالمة فيديو على الهاتف
picture-screens-video-meeting-alt = درس عبر الإنترنت على الهاتف
picture-screens-word-processor-alt = مستند في معالج نصوص
