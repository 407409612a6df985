# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = Baytari taleefan oo ku dhow inay dhammaato
picture-icons-chat-app-badge-alt = Astaanta app wada-sheekeysi oo leh goobo yar oo casaan ah iyo lambarka 3
picture-screens-android-settings-alt = Liiska Dejinta taleefanka
picture-screens-app-permissions-photo-alt = Oggolaanshaha app lagu beddelo sawirrada
picture-screens-app-permissions-alt = Oggolaanshaha app wicitaanka muuqaalka
picture-screens-bank-app-alt = Shaashadda hore ee app bangiga
picture-screens-browser-page-alt = Bog internet oo ka furan biraawsarka
picture-screens-camera-app-alt = App kamaradda, diyaar u ah in sawir la qaado
picture-screens-course-page-alt = Bogga koorso online ah
picture-screens-email-open-alt = Iimayl iskuul ka yimid oo taleefanka ka furan
picture-screens-form-required-alt = Foom leh sanduuqyo la buuxiyo
picture-screens-gallery-edit-alt = Sawirka warqad oo ka furan gallery-ga
picture-screens-hydro-bill-alt = Biilka korontada
picture-screens-incoming-call-alt = Wicitaan taleefanka ku soo socda
picture-screens-job-bank-search-alt = Bog internet oo shaqo lagu raadiyo
picture-screens-job-posting-alt = Xayeysiis shaqo oo bog internet ku yaal
picture-screens-keyboard-alt = Wada-sheekeysi uu kiiboodhku furan yahay
picture-screens-maps-app-alt = App khariidadda
picture-screens-mock-camera-alt = Kamarad tababar oo loo jeediyay warqad
picture-screens-mock-form-alt = Foom tababar
picture-screens-mock-job-site-alt = Bog shaqooyin oo tababar ah
picture-screens-mock-password-manager-alt = Maamulaha furaha sirta ah ee tababarka
picture-screens-mock-portfolio-alt = Bog astaan xirfadeed oo tababar ah
picture-screens-mock-social-alt = App wada-sheekeysi tababar oo leh fariimo cay ah
picture-screens-mock-telehealth-alt = App rugta caafimaadka ee tababarka
picture-screens-mock-word-processor-alt = Qoraal-sameeye tababar oo leh CV
picture-screens-notifications-alt = Liiska ogeysiisyada
picture-screens-permission-popup-alt = App oggolaansho ayuu codsanayaa
picture-screens-phishing-email-alt = Iimayl ku saabsan akoonkaaga bangiga
picture-screens-phone-home-alt = Shaashadda hore ee taleefanka
picture-screens-phone-outline-alt = Sawir taleefan casri ah
picture-screens-quick-settings-alt = Badhamada dejinta degdegga ah
picture-screens-school-portal-alt = Bogga iskuulka ee waalidiinta
picture-screens-screen-time-alt = Liiska Dejinta tablet-ka
picture-screens-search-results-alt = Natiijooyinka raadinta internetka
picture-screens-security-activity-alt = Galitaannada dhowaan ee akoon iimayl
picture-screens-settings-display-alt = Dejinta shaashadda
picture-screens-sign-in-alt = Bogga lagu galo
picture-screens-sms-code-alt = Fariin qoraal ah oo leh koodh
picture-screens-spreadsheet-costs-alt = Xaashi xisaabeed oo kharashyada bisha ah
picture-screens-upload-form-alt = Foom online ah oo fayl lagu soo geliyo
picture-screens-video-call-camera-off-alt = Wicitaan muuqaal ah oo taleefanka ah
picture-screens-video-meeting-alt = Fasal online ah oo taleefanka ah
picture-screens-word-processor-alt = Dukumenti ku jira qoraal-sameeye
