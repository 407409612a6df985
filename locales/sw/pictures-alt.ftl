# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = Betri ya simu iliyokaribia kuisha
picture-icons-chat-app-badge-alt = Aikoni ya programu ya gumzo yenye duara dogo jekundu na namba 3
picture-screens-android-settings-alt = Orodha ya Mipangilio ya simu
picture-screens-app-permissions-photo-alt = Ruhusa za programu ya kuhariri picha
picture-screens-app-permissions-alt = Ruhusa za programu ya simu za video
picture-screens-bank-app-alt = Skrini kuu ya programu ya benki
picture-screens-browser-page-alt = Ukurasa wa wavuti uliofunguliwa kwenye kivinjari
picture-screens-camera-app-alt = Programu ya kamera, tayari kupiga picha
picture-screens-course-page-alt = Ukurasa wa kozi ya mtandaoni
picture-screens-email-open-alt = Barua pepe kutoka shuleni, imefunguliwa kwenye simu
picture-screens-form-required-alt = Fomu yenye visanduku vya kujaza
picture-screens-gallery-edit-alt = Picha ya barua, imefunguliwa kwenye matunzio
picture-screens-hydro-bill-alt = Bili ya umeme
picture-screens-incoming-call-alt = Simu inayoingia
picture-screens-job-bank-search-alt = Tovuti ya kutafuta kazi
picture-screens-job-posting-alt = Tangazo la kazi kwenye tovuti
picture-screens-keyboard-alt = Gumzo lenye kibodi iliyofunguliwa
picture-screens-maps-app-alt = Programu ya ramani
picture-screens-mock-camera-alt = Kamera ya mazoezi inayoelekezwa kwenye barua
picture-screens-mock-form-alt = Fomu ya mazoezi
picture-screens-mock-job-site-alt = Tovuti ya kazi ya mazoezi
picture-screens-mock-password-manager-alt = Kidhibiti cha nywila cha mazoezi
picture-screens-mock-portfolio-alt = Tovuti ya wasifu wa kikazi ya mazoezi
picture-screens-mock-social-alt = Programu ya gumzo ya mazoezi yenye ujumbe wa matusi
picture-screens-mock-telehealth-alt = Programu ya kliniki ya mazoezi
picture-screens-mock-word-processor-alt = Kichakataji maneno cha mazoezi chenye wasifu
picture-screens-notifications-alt = Orodha ya arifa
picture-screens-permission-popup-alt = Programu inaomba ruhusa
picture-screens-phishing-email-alt = Barua pepe kuhusu akaunti yako ya benki
picture-screens-phone-home-alt = Skrini kuu ya simu
picture-screens-phone-outline-alt = Mchoro wa simu janja
picture-screens-quick-settings-alt = Vitufe vya mipangilio ya haraka
picture-screens-school-portal-alt = Tovuti ya shule kwa wazazi
picture-screens-screen-time-alt = Orodha ya Mipangilio ya kompyuta kibao
picture-screens-search-results-alt = Matokeo ya utafutaji mtandaoni
picture-screens-security-activity-alt = Kuingia kwa hivi karibuni kwenye akaunti ya barua pepe
picture-screens-settings-display-alt = Mipangilio ya skrini
picture-screens-sign-in-alt = Ukurasa wa kuingia
picture-screens-sms-code-alt = Ujumbe mfupi wenye msimbo
picture-screens-spreadsheet-costs-alt = Lahajedwali ya gharama za mwezi
picture-screens-upload-form-alt = Fomu ya mtandaoni ya kupakia faili
picture-screens-video-call-camera-off-alt = Simu ya video kwenye simu
picture-screens-video-meeting-alt = Darasa la mtandaoni kwenye simu
picture-screens-word-processor-alt = Hati kwenye kichakataji maneno
