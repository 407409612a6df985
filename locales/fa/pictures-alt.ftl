# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = باتری گوشی که تقریباً خالی است
picture-icons-chat-app-badge-alt = نماد یک برنامهٔ گفتگو با یک دایرهٔ قرمز کوچک و عدد ۳
picture-screens-android-settings-alt = فهرست تنظیمات گوشی
picture-screens-app-permissions-photo-alt = مجوزهای یک برنامهٔ ویرایش عکس
picture-screens-app-permissions-alt = مجوزهای یک برنامهٔ تماس تصویری
picture-screens-bank-app-alt = صفحهٔ اصلی یک برنامهٔ بانکی
picture-screens-browser-page-alt = یک صفحهٔ وب که در مرورگر باز است
picture-screens-camera-app-alt = برنامهٔ دوربین، آمادهٔ گرفتن عکس
picture-screens-course-page-alt = صفحهٔ یک دورهٔ آنلاین
picture-screens-email-open-alt = ایمیلی از مدرسه که روی گوشی باز است
picture-screens-form-required-alt = فرمی با خانه‌هایی برای پر کردن
picture-screens-gallery-edit-alt = عکس یک نامه که در گالری باز است
picture-screens-hydro-bill-alt = قبض برق
picture-screens-incoming-call-alt = تماسی که روی گوشی می‌آید
picture-screens-job-bank-search-alt = یک وب‌سایت کاریابی
picture-screens-job-posting-alt = یک آگهی شغلی در وب‌سایت
picture-screens-keyboard-alt = یک گفتگو با صفحه‌کلید باز
picture-screens-maps-app-alt = برنامهٔ نقشه
picture-screens-mock-camera-alt = دوربین تمرینی که رو به یک نامه است
picture-screens-mock-form-alt = یک فرم تمرینی
picture-screens-mock-job-site-alt = یک وب‌سایت کاریابی تمرینی
picture-screens-mock-password-manager-alt = یک مدیر رمز عبور تمرینی
picture-screens-mock-portfolio-alt = یک وب‌سایت پروفایل حرفه‌ای تمرینی
picture-screens-mock-social-alt = یک برنامهٔ گفتگوی تمرینی با پیام‌های توهین‌آمیز
picture-screens-mock-telehealth-alt = یک برنامهٔ درمانگاه تمرینی
picture-screens-mock-word-processor-alt = یک واژه‌پرداز تمرینی با یک رزومه
picture-screens-notifications-alt = فهرست اعلان‌ها
picture-screens-permission-popup-alt = یک برنامه اجازه می‌خواهد
picture-screens-phishing-email-alt = ایمیلی دربارهٔ حساب بانکی شما
picture-screens-phone-home-alt = صفحهٔ اصلی گوشی
picture-screens-phone-outline-alt = نقاشی یک گوشی هوشمند
picture-screens-quick-settings-alt = دکمه‌های تنظیمات سریع
picture-screens-school-portal-alt = وب‌سایت مدرسه برای والدین
picture-screens-screen-time-alt = فهرست تنظیمات تبلت
picture-screens-search-results-alt = نتایج جستجو در وب
picture-screens-security-activity-alt = ورودهای اخیر به یک حساب ایمیل
picture-screens-settings-display-alt = تنظیمات نمایشگر
picture-screens-sign-in-alt = صفحهٔ ورود
picture-screens-sms-code-alt = پیامکی با یک کد
picture-screens-spreadsheet-costs-alt = صفحه‌گسترده‌ای از هزینه‌های ماه
picture-screens-upload-form-alt = فرمی آنلاین برای بارگذاری فایل
picture-screens-video-call-camera-off-alt = تماس تصویری روی گوشی
picture-screens-video-meeting-alt = کلاس آنلاین روی گوشی
picture-screens-word-processor-alt = سندی در یک واژه‌پرداز
