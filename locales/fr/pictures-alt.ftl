# Descriptions of the pictures items show as their stimulus, for screen readers (the device
# reads them; they are not recorded audio clips). Id: picture-<folder>-<name>-alt.
# Machine-drafted.

picture-icons-battery-low-alt = Une batterie de téléphone presque vide
picture-icons-chat-app-badge-alt = L'icône d'une application de messagerie avec un petit cercle rouge et le chiffre 3
picture-screens-android-settings-alt = La liste des paramètres du téléphone
picture-screens-app-permissions-photo-alt = Les autorisations d'une application de retouche photo
picture-screens-app-permissions-alt = Les autorisations d'une application d'appel vidéo
picture-screens-bank-app-alt = L'écran d'accueil d'une application bancaire
picture-screens-browser-page-alt = Une page web ouverte dans le navigateur
picture-screens-camera-app-alt = L'application appareil photo, prête à prendre des photos
picture-screens-course-page-alt = La page d'un cours en ligne
picture-screens-email-open-alt = Un courriel d'une école, ouvert sur le téléphone
picture-screens-form-required-alt = Un formulaire avec des cases à remplir
picture-screens-gallery-edit-alt = La photo d'une lettre, ouverte dans la galerie
picture-screens-hydro-bill-alt = Une facture d'électricité
picture-screens-incoming-call-alt = Un appel qui arrive sur le téléphone
picture-screens-job-bank-search-alt = Un site web de recherche d'emploi
picture-screens-job-posting-alt = Une offre d'emploi sur un site web
picture-screens-keyboard-alt = Une conversation avec le clavier ouvert
picture-screens-maps-app-alt = L'application de cartes
picture-screens-mock-camera-alt = Un appareil photo d'exercice pointé vers une lettre
picture-screens-mock-form-alt = Un formulaire d'exercice
picture-screens-mock-job-site-alt = Un site d'emploi d'exercice
picture-screens-mock-password-manager-alt = Un gestionnaire de mots de passe d'exercice
picture-screens-mock-portfolio-alt = Un site de profil professionnel d'exercice
picture-screens-mock-social-alt = Une messagerie d'exercice avec des messages blessants
picture-screens-mock-telehealth-alt = Une application de clinique d'exercice
picture-screens-mock-word-processor-alt = Un traitement de texte d'exercice avec un CV
picture-screens-notifications-alt = La liste des notifications
picture-screens-permission-popup-alt = Une application demande une autorisation
picture-screens-phishing-email-alt = Un courriel à propos de votre compte bancaire
picture-screens-phone-home-alt = L'écran d'accueil du téléphone
picture-screens-phone-outline-alt = Le dessin d'un téléphone intelligent
picture-screens-quick-settings-alt = Les boutons des paramètres rapides
picture-screens-school-portal-alt = Un site web d'école pour les parents
picture-screens-screen-time-alt = La liste des réglages de la tablette
picture-screens-search-results-alt = Des résultats de recherche sur le web
picture-screens-security-activity-alt = Les connexions récentes à un compte de courriel
picture-screens-settings-display-alt = Les paramètres d'affichage
picture-screens-sign-in-alt = Une page de connexion
picture-screens-sms-code-alt = Un texto avec un code
picture-screens-spreadsheet-costs-alt = Une feuille de calcul des dépenses du mois
picture-screens-upload-form-alt = Un formulaire en ligne avec un envoi de fichier
picture-screens-video-call-camera-off-alt = Un appel vidéo sur un téléphone
picture-screens-video-meeting-alt = Un cours en ligne sur un téléphone
picture-screens-word-processor-alt = Un document dans un traitement de texte
