# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = ክትውዳእ ዝቐረበት ባተሪ ተሌፎን
picture-icons-chat-app-badge-alt = ምልክት ኣፕ ምዕላል ምስ ንእሽቶ ቀይሕ ክቢ ከምኡ'ውን ቁጽሪ 3
picture-screens-android-settings-alt = ዝርዝር ቅጥዕታት ተሌፎን
picture-screens-app-permissions-photo-alt = ፍቓዳት ኣፕ ምምሕያሽ ስእሊ
picture-screens-app-permissions-alt = ፍቓዳት ኣፕ ቪድዮ ጻውዒት
picture-screens-bank-app-alt = ቀንዲ ስክሪን ኣፕ ባንኪ
picture-screens-browser-page-alt = ኣብ ብራውዘር ዝተኸፍተ ገጽ መርበብ
picture-screens-camera-app-alt = ኣፕ ካሜራ፣ ስእሊ ንምልዓል ድሉው
picture-screens-course-page-alt = ገጽ ናይ ኦንላይን ኮርስ
picture-screens-email-open-alt = ካብ ቤት ትምህርቲ ዝመጸ ኢመይል፣ ኣብ ተሌፎን ተኸፊቱ
picture-screens-form-required-alt = ዝምላእ ሳጹናት ዘለዎ ቅጥዒ
picture-screens-gallery-edit-alt = ኣብ ጋለሪ ዝተኸፍተ ስእሊ ደብዳበ
picture-screens-hydro-bill-alt = ሕሳብ ኤሌክትሪክ
picture-screens-incoming-call-alt = ናብ ተሌፎን ዝመጽእ ጻውዒት
picture-screens-job-bank-search-alt = መርበብ ስራሕ ምድላይ
picture-screens-job-posting-alt = ኣብ መርበብ ዘሎ ምልክታ ስራሕ
picture-screens-keyboard-alt = ክፉት ኪቦርድ ዘለዎ ምዕላል
picture-screens-maps-app-alt = ኣፕ ካርታ
picture-screens-mock-camera-alt = ናብ ደብዳበ ዝቐንዐት ናይ ልምምድ ካሜራ
picture-screens-mock-form-alt = ናይ ልምምድ ቅጥዒ
picture-screens-mock-job-site-alt = ናይ ልምምድ መርበብ ስራሕ
picture-screens-mock-password-manager-alt = ናይ ልምምድ ኣመሓዳሪ ፓስዋርድ
picture-screens-mock-portfolio-alt = ናይ ልምምድ መርበብ ሞያዊ ፕሮፋይል
picture-screens-mock-social-alt = ጸያፍ መልእኽትታት ዘለዎ ናይ ልምምድ ኣፕ ምዕላል
picture-screens-mock-telehealth-alt = ናይ ልምምድ ኣፕ ክሊኒክ
picture-screens-mock-word-processor-alt = ሲቪ ዘለዎ ናይ ልምምድ መስርሕ ጽሑፍ
picture-screens-notifications-alt = ዝርዝር መፍለጢታት
picture-screens-permission-popup-alt = ሓደ ኣፕ ፍቓድ ይሓትት
picture-screens-phishing-email-alt = ብዛዕባ ሕሳብ ባንክኻ ዝገልጽ ኢመይል
picture-screens-phone-home-alt = ቀንዲ ስክሪን ተሌፎን
picture-screens-phone-outline-alt = ስእሊ ስማርት ፎን
picture-screens-quick-settings-alt = መጠወቒ ቅልጡፍ ቅጥዕታት
picture-screens-school-portal-alt = ንወለዲ ዝኸውን መርበብ ቤት ትምህርቲ
picture-screens-screen-time-alt = ዝርዝር ቅጥዕታት ታብለት
picture-screens-search-results-alt = ኣብ መርበብ ውጽኢት ምድላይ
picture-screens-security-activity-alt = ናብ ሕሳብ ኢመይል ናይ ቀረባ እዋን ምእታዋት
picture-screens-settings-display-alt = ቅጥዕታት ስክሪን
picture-screens-sign-in-alt = ገጽ ምእታው
picture-screens-sms-code-alt = ኮድ ዘለዎ መልእኽቲ ጽሑፍ
picture-screens-spreadsheet-costs-alt = ናይ ወርሒ ወጻኢታት ስፕሬድሺት
picture-screens-upload-form-alt = ፋይል ዝሰቀል ኦንላይን ቅጥዒ
picture-screens-video-call-camera-off-alt = ኣብ ተሌፎን ቪድዮ ጻውዒት
picture-screens-video-meeting-alt = ኣብ ተሌፎን ኦንላይን ክፍሊ
picture-screens-word-processor-alt = ኣብ መስርሕ ጽሑፍ ዘሎ ሰነድ
