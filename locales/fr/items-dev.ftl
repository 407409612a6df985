# Messages des items : DEV (français)

item-dev-001-prompt = Touchez l'image qui montre que le téléphone est en train de se recharger.
item-dev-001-opt-a = Un téléphone branché à un câble, avec un éclair à l'écran.
item-dev-001-opt-b = Un téléphone à l'écran fissuré.
item-dev-001-opt-c = Un téléphone à l'écran noir.

item-dev-002-prompt = Touchez l'endroit où on branche le chargeur.
item-dev-002-region-port = La petite ouverture sur le bord du bas du téléphone
item-dev-002-region-side-button = Le long bouton sur le côté droit du téléphone
item-dev-002-region-camera = La petite caméra ronde en haut du téléphone
item-dev-002-region-screen = Le milieu de l'écran

item-dev-003-prompt = Regardez l'image. La batterie est rouge et presque vide. Cela veut dire qu'il faut bientôt recharger le téléphone. Vrai ou faux?

item-dev-004-prompt = Placez les images dans l'ordre : réveiller le téléphone, le déverrouiller, puis ouvrir l'appareil photo.
item-dev-004-opt-a = Entrez votre NIP.
item-dev-004-opt-b = Appuyez sur le bouton sur le côté du téléphone.
item-dev-004-opt-c = Touchez l'icône de l'appareil photo.
item-dev-004-opt-d = Glissez le doigt vers le haut sur l'écran.

item-dev-005-prompt = Agrandissez la carte avec deux doigts pour lire le nom des rues. Ensuite, rapetissez-la de nouveau.
item-dev-005-cat-0 = Non réussi
item-dev-005-cat-1 = Réussi après un indice
item-dev-005-cat-2 = Réussi sans aide

item-dev-006-prompt = Touchez l'icône qui sert à faire un appel téléphonique.
item-dev-006-region-phone = L'icône verte en forme de combiné, en bas à gauche
item-dev-006-region-messages = L'icône en forme de bulle, juste à côté
item-dev-006-region-browser = L'icône ronde en forme de globe
item-dev-006-region-camera = L'icône de l'appareil photo, en bas à droite
item-dev-006-region-settings = L'icône grise en forme d'engrenage, en haut à gauche

item-dev-007-prompt = Vous êtes dans une application. Quel bouton vous ramène à l'écran précédent?
item-dev-007-opt-a = Un signe plus.
item-dev-007-opt-b = Une loupe.
item-dev-007-opt-c = Une flèche vers la gauche.
item-dev-007-opt-d = Une étoile.

item-dev-008-prompt = Regardez l'icône de WhatsApp. Elle a un petit cercle rouge avec le chiffre 3. Cela veut dire que de nouveaux messages vous attendent. Vrai ou faux?

item-dev-009-prompt = Vous avez manqué un appel. Touchez la notification de l'appel manqué.
item-dev-009-region-missed-call = La notification avec un combiné et une flèche rouge
item-dev-009-region-message = La notification avec une bulle verte
item-dev-009-region-battery = La notification avec une batterie
item-dev-009-region-update = La notification avec une flèche de téléchargement

item-dev-010-prompt = Vous voulez revoir vos notifications. Où glissez-vous le doigt sur l'écran?
item-dev-010-opt-a = Vers le haut, à partir du bas de l'écran.
item-dev-010-opt-b = Vers le bas, à partir du haut de l'écran.
item-dev-010-opt-c = Du bord gauche vers la droite.

item-dev-011-prompt = Touchez la touche qui fait un espace entre deux mots.
item-dev-011-region-space = La longue touche en bas, au milieu
item-dev-011-region-backspace = La touche avec une flèche et un X, à droite
item-dev-011-region-shift = La touche avec une flèche vers le haut, à gauche
item-dev-011-region-enter = La touche en bas à droite avec une flèche coudée
item-dev-011-region-mic = La petite touche du micro, à côté de la longue touche

item-dev-012-prompt = Vous voulez parler au lieu d'écrire. Sur quelle touche appuyez-vous?
item-dev-012-opt-a = Une flèche vers le haut.
item-dev-012-opt-b = Un globe.
item-dev-012-opt-c = Un visage souriant.
item-dev-012-opt-d = Un micro.

item-dev-013-prompt = Recopiez l'adresse courriel de la carte dans la case, exactement comme elle est écrite. Ensuite, touchez Next.
item-dev-013-cat-0 = Non réussi
item-dev-013-cat-1 = Réussi après un indice
item-dev-013-cat-2 = Réussi sans aide

item-dev-014-prompt = Placez les étapes dans l'ordre pour copier le numéro de confirmation d'un message et le coller dans un formulaire.
item-dev-014-opt-a = Touchez Copy.
item-dev-014-opt-b = Appuyez longuement sur la case vide du formulaire.
item-dev-014-opt-c = Appuyez longuement sur le numéro dans le message.
item-dev-014-opt-d = Touchez Paste.

item-dev-015-prompt = Quelle icône montre que le téléphone est connecté au Wi-Fi?
item-dev-015-opt-a = Des lignes courbes en forme d'éventail.
item-dev-015-opt-b = Un avion.
item-dev-015-opt-c = Une batterie.
item-dev-015-opt-d = Le symbole Bluetooth, comme un B pointu.

item-dev-016-prompt = Vous êtes à la bibliothèque publique. Pour utiliser le Wi-Fi gratuit, vous choisissez le nom du réseau de la bibliothèque dans les paramètres Wi-Fi de votre téléphone. Vrai ou faux?

item-dev-017-prompt = Connectez le téléphone au Wi-Fi de la bibliothèque. Le réseau s'appelle LibraryGuest et le mot de passe est sur la carte.
item-dev-017-cat-0 = Non réussi
item-dev-017-cat-1 = Réussi après un indice
item-dev-017-cat-2 = Réussi sans aide

item-dev-018-prompt = Vos données cellulaires sont désactivées. Touchez le bouton qui active les données cellulaires.
item-dev-018-region-wifi = Le bouton Wi-Fi, en haut à gauche
item-dev-018-region-mobile-data = Le bouton Mobile data, avec deux flèches, en haut au milieu
item-dev-018-region-bluetooth = Le bouton Bluetooth, en haut à droite
item-dev-018-region-airplane = Le bouton Airplane mode, avec un avion, en bas à gauche
item-dev-018-region-flashlight = Le bouton Flashlight, avec une lampe de poche, en bas au milieu

item-dev-019-prompt = Vous voulez installer WhatsApp sur votre téléphone. Quelle application ouvrez-vous?
item-dev-019-opt-a = L'appareil photo.
item-dev-019-opt-b = La boutique d'applications : Play Store ou App Store.
item-dev-019-opt-c = La galerie de photos.
item-dev-019-opt-d = L'horloge.

item-dev-020-prompt = Les mots sur votre téléphone sont trop petits. Touchez le paramètre qui agrandit le texte.
item-dev-020-region-brightness = La ligne Brightness, avec un soleil
item-dev-020-region-dark-mode = La ligne Dark mode, avec une lune
item-dev-020-region-font-size = La ligne Font size, avec un petit et un grand A
item-dev-020-region-timeout = La ligne Screen timeout, avec une horloge
item-dev-020-region-wallpaper = La ligne Wallpaper, avec une image

item-dev-021-prompt = Placez les étapes dans l'ordre pour ajouter votre langue à votre téléphone.
item-dev-021-opt-a = Touchez Add a language.
item-dev-021-opt-b = Ouvrez les paramètres (Settings).
item-dev-021-opt-c = Choisissez votre langue dans la liste.
item-dev-021-opt-d = Touchez Languages.

item-dev-022-prompt = Trouvez l'application d'autobus Transit dans la boutique d'applications, installez-la, puis ouvrez-la.
item-dev-022-cat-0 = Non réussi
item-dev-022-cat-1 = Réussi après un indice
item-dev-022-cat-2 = Réussi sans aide

item-dev-023-prompt = Vous avez téléchargé une lettre à partir d'un site Web. Où votre téléphone l'enregistre-t-il habituellement?
item-dev-023-opt-a = Dans l'appareil photo.
item-dev-023-opt-b = Dans l'application Contacts.
item-dev-023-opt-c = Dans le dossier Downloads (Téléchargements) de l'application Files (Fichiers).
item-dev-023-opt-d = Dans l'horloge.

item-dev-024-prompt = Quand vous supprimez une photo, beaucoup de téléphones la gardent environ 30 jours dans un dossier appelé Recently deleted ou Trash (corbeille). Vous pouvez encore la récupérer. Vrai ou faux?

item-dev-025-prompt = Placez les étapes dans l'ordre pour changer le nom d'un fichier.
item-dev-025-opt-a = Touchez Rename.
item-dev-025-opt-b = Ouvrez l'application Files (Fichiers).
item-dev-025-opt-c = Touchez OK.
item-dev-025-opt-d = Appuyez longuement sur le fichier.
item-dev-025-opt-e = Tapez le nouveau nom.

item-dev-026-prompt = Enregistrez la photo de votre bail dans votre espace de stockage en ligne (nuage), dans le dossier appelé Housing.
item-dev-026-cat-0 = Non réussi
item-dev-026-cat-1 = Réussi après un indice
item-dev-026-cat-2 = Réussi sans aide
