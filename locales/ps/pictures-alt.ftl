# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = د ټیلیفون بیټرۍ چې نږدې خالي ده
picture-icons-chat-app-badge-alt = د چټ اپ نښه چې یوه کوچنۍ سره دایره او شمېره ۳ لري
picture-screens-android-settings-alt = د ټیلیفون د ترتیباتو لړلیک
picture-screens-app-permissions-photo-alt = د انځور سمولو د اپ اجازې
picture-screens-app-permissions-alt = د ویډیو زنګ د اپ اجازې
picture-screens-bank-app-alt = د بانک د اپ کور پاڼه
picture-screens-browser-page-alt = په براوزر کې پرانیستې ویب پاڼه
picture-screens-camera-app-alt = د کمرې اپ، د انځور اخیستلو لپاره چمتو
picture-screens-course-page-alt = د آنلاین کورس پاڼه
picture-screens-email-open-alt = د ښوونځي برېښنالیک چې په ټیلیفون کې پرانیستی دی
picture-screens-form-required-alt = یو فورمه چې ډکېدونکي خانې لري
picture-screens-gallery-edit-alt = په ګالري کې پرانیستی د یو لیک انځور
picture-screens-hydro-bill-alt = د برېښنا بل
picture-screens-incoming-call-alt = ټیلیفون ته راتلونکی زنګ
picture-screens-job-bank-search-alt = د دندې لټون ویب پاڼه
picture-screens-job-posting-alt = په ویب پاڼه کې د دندې اعلان
picture-screens-keyboard-alt = یوه خبرې اترې چې کیبورډ یې پرانیستی دی
picture-screens-maps-app-alt = د نقشې اپ
picture-screens-mock-camera-alt = د تمرین کمره چې یو لیک ته نیول شوې
picture-screens-mock-form-alt = د تمرین فورمه
picture-screens-mock-job-site-alt = د تمرین د دندو ویب پاڼه
picture-screens-mock-password-manager-alt = د تمرین د پاسورډ مدیر
picture-screens-mock-portfolio-alt = د تمرین د مسلکي پروفایل ویب پاڼه
picture-screens-mock-social-alt = د تمرین چټ اپ چې سپکونکي پیغامونه لري
picture-screens-mock-telehealth-alt = د تمرین د کلینیک اپ
picture-screens-mock-word-processor-alt = د تمرین ورډ پروسیسر چې سوانح پکې ده
picture-screens-notifications-alt = د خبرتیاوو لړلیک
picture-screens-permission-popup-alt = یو اپ اجازه غواړي
picture-screens-phishing-email-alt = ستاسو د بانک حساب په اړه برېښنالیک
picture-screens-phone-home-alt = د ټیلیفون کور پاڼه
picture-screens-phone-outline-alt = د سمارټ فون انځور
picture-screens-quick-settings-alt = د چټکو ترتیباتو تڼۍ
picture-screens-school-portal-alt = د والدینو لپاره د ښوونځي ویب پاڼه
picture-screens-screen-time-alt = د ټابلیټ د ترتیباتو لړلیک
picture-screens-search-results-alt = په ویب کې د لټون پایلې
picture-screens-security-activity-alt = د برېښنالیک حساب ته وروستي ننوتنې
picture-screens-settings-display-alt = د نندارې ترتیبات
picture-screens-sign-in-alt = د ننوتلو پاڼه
picture-screens-sms-code-alt = یو متني پیغام چې کوډ لري
picture-screens-spreadsheet-costs-alt = د میاشتې د لګښتونو سپریډشیټ
picture-screens-upload-form-alt = آنلاین فورمه چې فایل پکې پورته کېږي
picture-screens-video-call-camera-off-alt = په ټیلیفون کې ویډیو زنګ
picture-screens-video-meeting-alt = په ټیلیفون کې آنلاین ټولګی
picture-screens-word-processor-alt = په ورډ پروسیسر کې یو سند
