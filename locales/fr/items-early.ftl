# Item messages: Items for Foundation to NLN 2, carried by audio (français, machine-drafted)

item-dev-101-prompt = Pour monter le son, on appuie sur un bouton sur le côté du téléphone. Vrai ou faux?

item-dev-102-prompt = L'écran du téléphone est noir. Que faites-vous d'abord pour l'allumer?
item-dev-102-opt-a = Secouer le téléphone.
item-dev-102-opt-b = Appuyer longtemps sur le bouton du côté.
item-dev-102-opt-c = Souffler sur l'écran.

item-dev-103-prompt = Quand la batterie est vide, le téléphone marche encore sans chargeur. Vrai ou faux?

item-dev-104-prompt = Avec quoi charge-t-on un téléphone?
item-dev-104-opt-a = Des écouteurs.
item-dev-104-opt-b = Un étui.
item-dev-104-opt-c = Un câble et une prise.

item-dev-105-prompt = Pour choisir quelque chose sur l'écran, on le touche avec le doigt. Vrai ou faux?

item-dev-106-prompt = Vous voulez prendre une photo. Sur quelle icône appuyez-vous?
item-dev-106-opt-a = L'appareil photo.
item-dev-106-opt-b = L'horloge.
item-dev-106-opt-c = L'enveloppe.

item-dev-107-prompt = L'icône verte du téléphone ouvre vos photos. Vrai ou faux?

item-dev-108-prompt = Vous voulez regarder vos photos. Sur quelle icône appuyez-vous?
item-dev-108-opt-a = Une note de musique.
item-dev-108-opt-b = L'image d'une fleur ou d'une montagne.
item-dev-108-opt-c = Une calculatrice.

item-dev-109-prompt = Le bouton d'accueil, ou la ligne en bas de l'écran, vous ramène à l'écran principal. Vrai ou faux?

item-com-101-prompt = Votre téléphone sonne. Vous voyez un bouton vert et un bouton rouge. Lequel répond à l'appel?
item-com-101-opt-a = Le bouton rouge.
item-com-101-opt-b = Aucun : attendre que ça s'arrête.
item-com-101-opt-c = Le bouton vert.

item-com-102-prompt = Pour terminer un appel, on appuie sur le bouton vert. Vrai ou faux?

item-com-103-prompt = Quelqu'un vous appelle, mais vous ne pouvez pas parler maintenant. Sur quoi pouvez-vous appuyer?
item-com-103-opt-a = Le bouton rouge.
item-com-103-opt-b = L'appareil photo.
item-com-103-opt-c = Les photos.

item-com-104-prompt = Pour écouter un message vocal, on appuie sur le petit triangle à côté. Vrai ou faux?

item-cre-101-prompt = Vous dirigez l'appareil photo vers votre enfant. Sur quoi appuyez-vous pour prendre la photo?
item-cre-101-opt-a = Le bouton rouge du téléphone.
item-cre-101-opt-b = Le gros bouton rond.
item-cre-101-opt-c = La flèche de retour.

item-cre-102-prompt = Pour prendre une photo, il faut d'abord éteindre le téléphone. Vrai ou faux?

item-dev-110-prompt = Vous allumez votre téléphone. Il demande un code. Que faites-vous?
item-dev-110-opt-a = Éteindre le téléphone à nouveau.
item-dev-110-opt-b = Secouer le téléphone.
item-dev-110-opt-c = Taper votre code NIP.

item-dev-111-prompt = Un petit cadenas fermé en haut de l'écran veut dire que le téléphone est verrouillé. Vrai ou faux?

item-dev-112-prompt = Vous êtes dans une application et voulez revenir à l'écran principal. Que faites-vous?
item-dev-112-opt-a = Appuyer sur le bouton d'accueil, ou glisser vers le haut depuis le bas.
item-dev-112-opt-b = Éteindre le téléphone.
item-dev-112-opt-c = Appuyer sur l'appareil photo.

item-dev-113-prompt = Pour ouvrir une application, il faut appuyer dessus pendant dix secondes. Vrai ou faux?

item-dev-114-prompt = Un petit chiffre rouge est sur l'icône des messages. Qu'est-ce que ça veut dire?
item-dev-114-opt-a = Le téléphone est brisé.
item-dev-114-opt-b = Vous avez de nouveaux messages.
item-dev-114-opt-c = La batterie est faible.

item-dev-115-prompt = Sur le clavier, la touche avec une flèche et un X efface la dernière lettre. Vrai ou faux?

item-dev-116-prompt = Vous voulez écrire une majuscule. Sur quelle touche appuyez-vous d'abord?
item-dev-116-opt-a = La longue barre d'espace.
item-dev-116-opt-b = La touche Entrée.
item-dev-116-opt-c = La flèche vers le haut.

item-dev-117-prompt = Quand vous voyez l'icône Wi-Fi en éventail en haut de l'écran, le téléphone n'a aucune connexion. Vrai ou faux?

item-dev-118-prompt = L'icône de l'avion est activée. Que se passe-t-il?
item-dev-118-opt-a = Vous ne pouvez ni appeler ni utiliser Internet.
item-dev-118-opt-b = Le téléphone se charge.
item-dev-118-opt-c = Le son est plus fort.

item-com-105-prompt = Vous voulez appeler votre sœur. Son nom est dans vos contacts. Que faites-vous?
item-com-105-opt-a = Ouvrir l'appareil photo et dire son nom.
item-com-105-opt-b = Ouvrir les contacts, appuyer sur son nom, puis sur l'icône du téléphone.
item-com-105-opt-c = Lui envoyer une photo.

item-com-106-prompt = Dans une application de messagerie, on garde le doigt sur le bouton micro pour enregistrer un message vocal. Vrai ou faux?

item-com-107-prompt = Vous recevez un message vocal. Comment l'écoutez-vous?
item-com-107-opt-a = Appuyer sur le bouton rouge.
item-com-107-opt-b = Retourner le téléphone.
item-com-107-opt-c = Appuyer sur le petit triangle à côté.

item-cre-103-prompt = L'application appareil photo est en anglais. Le mot anglais VIDEO (vidéo) permet de filmer quelque chose qui bouge. Vrai ou faux?

item-cre-104-prompt = Vous voulez vous prendre en photo. Sur quoi appuyez-vous d'abord?
item-cre-104-opt-a = Les flèches en rond qui retournent la caméra.
item-cre-104-opt-b = L'éclair.
item-cre-104-opt-c = Le petit carré avec votre dernière photo.

item-dev-119-prompt = À la bibliothèque, vous voulez le Wi-Fi gratuit. Le téléphone demande un mot de passe. Où le trouvez-vous?
item-dev-119-opt-a = Dans vos courriels.
item-dev-119-opt-b = Demander au personnel, ou chercher une affiche au mur.
item-dev-119-opt-c = C'est le code NIP de votre téléphone.

item-dev-120-prompt = Pour agrandir les lettres à l'écran, il faut acheter un nouveau téléphone. Vrai ou faux?

item-dev-121-prompt = Vous voulez votre téléphone dans votre langue. Où allez-vous?
item-dev-121-opt-a = Appareil photo.
item-dev-121-opt-b = Photos.
item-dev-121-opt-c = Paramètres, puis Langue.

item-com-108-prompt = Pendant un appel vidéo, l'autre personne vous voit quand votre caméra est allumée. Vrai ou faux?

item-saf-101-prompt = Une personne que vous ne connaissez pas demande le code NIP de votre téléphone. Que faites-vous?
item-saf-101-opt-a = Ne pas le lui dire.
item-saf-101-opt-b = Le lui dire.
item-saf-101-opt-c = L'écrire au dos du téléphone.

item-saf-102-prompt = Un message dit que vous avez gagné un prix et demande le numéro de votre carte bancaire. On peut l'envoyer sans danger. Vrai ou faux?

item-inf-101-prompt = Vous voulez trouver une pharmacie près de chez vous. Quelle application vous aide?
item-inf-101-opt-a = La calculatrice.
item-inf-101-opt-b = L'application de cartes.
item-inf-101-opt-c = L'appareil photo.
