# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = ਫ਼ੋਨ ਦੀ ਬੈਟਰੀ ਜੋ ਲਗਭਗ ਖਾਲੀ ਹੈ
picture-icons-chat-app-badge-alt = ਚੈਟ ਐਪ ਦਾ ਆਈਕਨ ਜਿਸ ਉੱਤੇ ਛੋਟਾ ਲਾਲ ਗੋਲਾ ਅਤੇ ਨੰਬਰ 3 ਹੈ
picture-screens-android-settings-alt = ਫ਼ੋਨ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਦੀ ਸੂਚੀ
picture-screens-app-permissions-photo-alt = ਫ਼ੋਟੋ ਸੋਧਣ ਵਾਲੀ ਐਪ ਦੀਆਂ ਇਜਾਜ਼ਤਾਂ
picture-screens-app-permissions-alt = ਵੀਡੀਓ ਕਾਲ ਐਪ ਦੀਆਂ ਇਜਾਜ਼ਤਾਂ
picture-screens-bank-app-alt = ਬੈਂਕ ਐਪ ਦੀ ਹੋਮ ਸਕ੍ਰੀਨ
picture-screens-browser-page-alt = ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਖੁੱਲ੍ਹਾ ਵੈੱਬ ਪੰਨਾ
picture-screens-camera-app-alt = ਕੈਮਰਾ ਐਪ, ਫ਼ੋਟੋ ਖਿੱਚਣ ਲਈ ਤਿਆਰ
picture-screens-course-page-alt = ਔਨਲਾਈਨ ਕੋਰਸ ਦਾ ਪੰਨਾ
picture-screens-email-open-alt = ਸਕੂਲ ਦੀ ਈਮੇਲ ਜੋ ਫ਼ੋਨ ਉੱਤੇ ਖੁੱਲ੍ਹੀ ਹੈ
picture-screens-form-required-alt = ਭਰਨ ਵਾਲੇ ਖਾਨਿਆਂ ਵਾਲਾ ਫ਼ਾਰਮ
picture-screens-gallery-edit-alt = ਗੈਲਰੀ ਵਿੱਚ ਖੁੱਲ੍ਹੀ ਇੱਕ ਚਿੱਠੀ ਦੀ ਫ਼ੋਟੋ
picture-screens-hydro-bill-alt = ਬਿਜਲੀ ਦਾ ਬਿੱਲ
picture-screens-incoming-call-alt = ਫ਼ੋਨ ਉੱਤੇ ਆ ਰਹੀ ਕਾਲ
picture-screens-job-bank-search-alt = ਨੌਕਰੀ ਲੱਭਣ ਵਾਲੀ ਵੈੱਬਸਾਈਟ
picture-screens-job-posting-alt = ਵੈੱਬਸਾਈਟ ਉੱਤੇ ਨੌਕਰੀ ਦਾ ਇਸ਼ਤਿਹਾਰ
picture-screens-keyboard-alt = ਖੁੱਲ੍ਹੇ ਕੀਬੋਰਡ ਵਾਲੀ ਚੈਟ
picture-screens-maps-app-alt = ਨਕਸ਼ੇ ਦੀ ਐਪ
picture-screens-mock-camera-alt = ਅਭਿਆਸ ਵਾਲਾ ਕੈਮਰਾ ਜੋ ਇੱਕ ਚਿੱਠੀ ਵੱਲ ਹੈ
picture-screens-mock-form-alt = ਅਭਿਆਸ ਵਾਲਾ ਫ਼ਾਰਮ
picture-screens-mock-job-site-alt = ਅਭਿਆਸ ਵਾਲੀ ਨੌਕਰੀਆਂ ਦੀ ਵੈੱਬਸਾਈਟ
picture-screens-mock-password-manager-alt = ਅਭਿਆਸ ਵਾਲਾ ਪਾਸਵਰਡ ਮੈਨੇਜਰ
picture-screens-mock-portfolio-alt = ਅਭਿਆਸ ਵਾਲੀ ਪੇਸ਼ੇਵਰ ਪ੍ਰੋਫ਼ਾਈਲ ਵੈੱਬਸਾਈਟ
picture-screens-mock-social-alt = ਅਪਮਾਨਜਨਕ ਸੁਨੇਹਿਆਂ ਵਾਲੀ ਅਭਿਆਸ ਚੈਟ ਐਪ
picture-screens-mock-telehealth-alt = ਅਭਿਆਸ ਵਾਲੀ ਕਲੀਨਿਕ ਐਪ
picture-screens-mock-word-processor-alt = ਰੈਜ਼ਿਊਮੇ ਵਾਲਾ ਅਭਿਆਸ ਵਰਡ ਪ੍ਰੋਸੈਸਰ
picture-screens-notifications-alt = ਸੂਚਨਾਵਾਂ ਦੀ ਸੂਚੀ
picture-screens-permission-popup-alt = ਇੱਕ ਐਪ ਇਜਾਜ਼ਤ ਮੰਗ ਰਹੀ ਹੈ
picture-screens-phishing-email-alt = ਤੁਹਾਡੇ ਬੈਂਕ ਖਾਤੇ ਬਾਰੇ ਈਮੇਲ
picture-screens-phone-home-alt = ਫ਼ੋਨ ਦੀ ਹੋਮ ਸਕ੍ਰੀਨ
picture-screens-phone-outline-alt = ਸਮਾਰਟਫ਼ੋਨ ਦੀ ਤਸਵੀਰ
picture-screens-quick-settings-alt = ਤੁਰੰਤ ਸੈਟਿੰਗਾਂ ਦੇ ਬਟਨ
picture-screens-school-portal-alt = ਮਾਪਿਆਂ ਲਈ ਸਕੂਲ ਦੀ ਵੈੱਬਸਾਈਟ
picture-screens-screen-time-alt = ਟੈਬਲੇਟ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਦੀ ਸੂਚੀ
picture-screens-search-results-alt = ਵੈੱਬ ਉੱਤੇ ਖੋਜ ਦੇ ਨਤੀਜੇ
picture-screens-security-activity-alt = ਈਮੇਲ ਖਾਤੇ ਵਿੱਚ ਹਾਲੀਆ ਸਾਈਨ-ਇਨ
picture-screens-settings-display-alt = ਡਿਸਪਲੇ ਦੀਆਂ ਸੈਟਿੰਗਾਂ
picture-screens-sign-in-alt = ਸਾਈਨ-ਇਨ ਪੰਨਾ
picture-screens-sms-code-alt = ਕੋਡ ਵਾਲਾ ਟੈਕਸਟ ਸੁਨੇਹਾ
picture-screens-spreadsheet-costs-alt = ਮਹੀਨੇ ਦੇ ਖਰਚਿਆਂ ਦੀ ਸਪ੍ਰੈਡਸ਼ੀਟ
picture-screens-upload-form-alt = ਫ਼ਾਈਲ ਅੱਪਲੋਡ ਵਾਲਾ ਔਨਲਾਈਨ ਫ਼ਾਰਮ
picture-screens-video-call-camera-off-alt = ਫ਼ੋਨ ਉੱਤੇ ਵੀਡੀਓ ਕਾਲ
picture-screens-video-meeting-alt = ਫ਼ੋਨ ਉੱਤੇ ਔਨਲਾਈਨ ਕਲਾਸ
picture-screens-word-processor-alt = ਵਰਡ ਪ੍ਰੋਸੈਸਰ ਵਿੱਚ ਇੱਕ ਦਸਤਾਵੇਜ਼
