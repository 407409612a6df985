# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = Baterya ng telepono na halos ubos na
picture-icons-chat-app-badge-alt = Icon ng chat app na may maliit na pulang bilog at numerong 3
picture-screens-android-settings-alt = Ang listahan ng Settings ng telepono
picture-screens-app-permissions-photo-alt = Ang mga pahintulot ng app na pang-edit ng litrato
picture-screens-app-permissions-alt = Ang mga pahintulot ng app na pang-video call
picture-screens-bank-app-alt = Ang home screen ng app ng bangko
picture-screens-browser-page-alt = Isang web page na bukas sa browser
picture-screens-camera-app-alt = Ang camera app, handang kumuha ng litrato
picture-screens-course-page-alt = Ang pahina ng isang online na kurso
picture-screens-email-open-alt = Isang email mula sa paaralan, bukas sa telepono
picture-screens-form-required-alt = Isang form na may mga kahong pupunan
picture-screens-gallery-edit-alt = Litrato ng isang sulat, bukas sa gallery
picture-screens-hydro-bill-alt = Isang bill ng kuryente
picture-screens-incoming-call-alt = Isang tawag na papasok sa telepono
picture-screens-job-bank-search-alt = Isang website para maghanap ng trabaho
picture-screens-job-posting-alt = Isang paskil ng trabaho sa website
picture-screens-keyboard-alt = Isang chat na bukas ang keyboard
picture-screens-maps-app-alt = Ang app ng mapa
picture-screens-mock-camera-alt = Isang pang-praktis na camera na nakatutok sa sulat
picture-screens-mock-form-alt = Isang pang-praktis na form
picture-screens-mock-job-site-alt = Isang pang-praktis na website ng trabaho
picture-screens-mock-password-manager-alt = Isang pang-praktis na password manager
picture-screens-mock-portfolio-alt = Isang pang-praktis na website ng propesyonal na profile
picture-screens-mock-social-alt = Isang pang-praktis na chat app na may masasakit na mensahe
picture-screens-mock-telehealth-alt = Isang pang-praktis na app ng klinika
picture-screens-mock-word-processor-alt = Isang pang-praktis na word processor na may résumé
picture-screens-notifications-alt = Ang listahan ng mga notification
picture-screens-permission-popup-alt = Isang app na humihingi ng pahintulot
picture-screens-phishing-email-alt = Isang email tungkol sa iyong bank account
picture-screens-phone-home-alt = Ang home screen ng telepono
picture-screens-phone-outline-alt = Larawan ng isang smartphone
picture-screens-quick-settings-alt = Ang mga button ng quick settings
picture-screens-school-portal-alt = Website ng paaralan para sa mga magulang
picture-screens-screen-time-alt = Ang listahan ng Settings ng tablet
picture-screens-search-results-alt = Mga resulta ng paghahanap sa web
picture-screens-security-activity-alt = Ang mga kamakailang pag-sign in sa isang email account
picture-screens-settings-display-alt = Ang mga setting ng display
picture-screens-sign-in-alt = Isang pahina para mag-sign in
picture-screens-sms-code-alt = Isang text message na may code
picture-screens-spreadsheet-costs-alt = Isang spreadsheet ng mga gastos sa buwan
picture-screens-upload-form-alt = Isang online na form na may pag-upload ng file
picture-screens-video-call-camera-off-alt = Isang video call sa telepono
picture-screens-video-meeting-alt = Isang online na klase sa telepono
picture-screens-word-processor-alt = Isang dokumento sa word processor
