# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = Майже розряджений акумулятор телефона
picture-icons-chat-app-badge-alt = Значок застосунку для чату з маленьким червоним колом і цифрою 3
picture-screens-android-settings-alt = Список налаштувань телефона
picture-screens-app-permissions-photo-alt = Дозволи застосунку для редагування фото
picture-screens-app-permissions-alt = Дозволи застосунку для відеодзвінків
picture-screens-bank-app-alt = Головний екран банківського застосунку
picture-screens-browser-page-alt = Вебсторінка, відкрита в браузері
picture-screens-camera-app-alt = Застосунок камери, готовий фотографувати
picture-screens-course-page-alt = Сторінка онлайн-курсу
picture-screens-email-open-alt = Лист від школи, відкритий на телефоні
picture-screens-form-required-alt = Форма з полями для заповнення
picture-screens-gallery-edit-alt = Фото листа, відкрите в галереї
picture-screens-hydro-bill-alt = Рахунок за електроенергію
picture-screens-incoming-call-alt = Вхідний дзвінок на телефоні
picture-screens-job-bank-search-alt = Вебсайт для пошуку роботи
picture-screens-job-posting-alt = Оголошення про роботу на вебсайті
picture-screens-keyboard-alt = Чат із відкритою клавіатурою
picture-screens-maps-app-alt = Застосунок карт
picture-screens-mock-camera-alt = Тренувальна камера, спрямована на лист
picture-screens-mock-form-alt = Тренувальна форма
picture-screens-mock-job-site-alt = Тренувальний сайт вакансій
picture-screens-mock-password-manager-alt = Тренувальний менеджер паролів
picture-screens-mock-portfolio-alt = Тренувальний сайт професійного профілю
picture-screens-mock-social-alt = Тренувальний чат з образливими повідомленнями
picture-screens-mock-telehealth-alt = Тренувальний застосунок клініки
picture-screens-mock-word-processor-alt = Тренувальний текстовий редактор із резюме
picture-screens-notifications-alt = Список сповіщень
picture-screens-permission-popup-alt = Застосунок просить дозволу
picture-screens-phishing-email-alt = Лист про ваш банківський рахунок
picture-screens-phone-home-alt = Головний екран телефона
picture-screens-phone-outline-alt = Малюнок смартфона
picture-screens-quick-settings-alt = Кнопки швидких налаштувань
picture-screens-school-portal-alt = Шкільний вебсайт для батьків
picture-screens-screen-time-alt = Список налаштувань планшета
picture-screens-search-results-alt = Результати пошуку в інтернеті
picture-screens-security-activity-alt = Останні входи в обліковий запис електронної пошти
picture-screens-settings-display-alt = Налаштування екрана
picture-screens-sign-in-alt = Сторінка входу
picture-screens-sms-code-alt = Текстове повідомлення з кодом
picture-screens-spreadsheet-costs-alt = Таблиця витрат за місяць
picture-screens-upload-form-alt = Онлайн-форма із завантаженням файлу
picture-screens-video-call-camera-off-alt = Відеодзвінок на телефоні
picture-screens-video-meeting-alt = Онлайн-урок на телефоні
picture-screens-word-processor-alt = Документ у текстовому редакторі
