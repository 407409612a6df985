# Item messages: self-mode picture items for Foundation to NLN 2 (français, machine-drafted)

item-dev-401-prompt = Touchez l'icône qui sert à prendre une photo.
item-dev-402-prompt = Touchez l'icône qui sert à lire et à envoyer des messages texte.
item-dev-403-prompt = Vous voulez changer le fonctionnement de votre téléphone, par exemple le son ou la langue. Touchez l'icône qui ouvre les paramètres.
item-dev-404-prompt = Touchez le bouton sur lequel on appuie pour allumer ou éteindre le téléphone.
item-dev-405-prompt = Vous avez tapé une mauvaise lettre. Touchez la touche qui l'efface.
item-dev-406-prompt = Vous voulez dire votre message à voix haute au lieu de l'écrire. Touchez la touche qui sert à cela.
item-dev-407-prompt = Vous êtes chez vous et vous voulez utiliser votre Wi-Fi. Touchez le bouton qui allume ou éteint le Wi-Fi.
item-dev-408-prompt = Il fait noir et vous avez besoin de lumière. Touchez le bouton qui allume la lampe du téléphone.
item-com-401-prompt = Le téléphone sonne, mais vous ne pouvez pas parler maintenant. Touchez l'endroit où l'on refuse l'appel.
item-com-402-prompt = Vous êtes dans un cours en ligne. Touchez le bouton qui allume ou éteint votre caméra.
item-com-403-prompt = Le cours en ligne est fini. Touchez le bouton qui vous fait sortir du cours.
item-com-404-prompt = Vous n'avez plus besoin de ce courriel. Touchez l'endroit où on le supprime.
item-cre-401-prompt = L'appareil photo est prêt. Touchez l'endroit où l'on prend la photo.
item-cre-402-prompt = Vous avez pris une photo. Touchez l'endroit où l'on regarde la photo qu'on vient de prendre.
item-cre-403-prompt = Vous voulez prendre une photo de vous-même. Touchez le bouton qui retourne la caméra.
item-inf-401-prompt = Vous êtes perdu. Touchez le bouton qui montre sur la carte où vous êtes maintenant.
item-inf-402-prompt = Vous avez trouvé la bibliothèque sur la carte. Touchez le bouton qui vous montre le chemin pour y aller.
