## Items : CRE, Créer du contenu et des documents (consignes, choix, zones, catégories des tâches; français canadien)

# cre-001
item-cre-001-prompt = Vous voulez prendre une photo. Quelle image touchez-vous?
item-cre-001-opt-a = Une enveloppe.
item-cre-001-opt-b = Un combiné de téléphone.
item-cre-001-opt-c = Un appareil photo.

# cre-002
item-cre-002-prompt = L'appareil photo est prêt à prendre des photos. Vous voulez enregistrer une vidéo. Touchez l'endroit où vous passez en mode vidéo.
item-cre-002-region-shutter = Le gros bouton rond en bas.
item-cre-002-region-video = Le mot anglais VIDEO (vidéo), au-dessus du gros bouton.
item-cre-002-region-flip = Le bouton avec deux flèches en rond, pour changer de caméra.
item-cre-002-region-gallery = La petite image de votre dernière photo.
item-cre-002-region-flash = Le bouton en forme d'éclair en haut.

# cre-003
item-cre-003-prompt = Sur la plupart des téléphones, vous pouvez couper le début d'une vidéo avant de l'envoyer. Vrai ou faux?

# cre-004
item-cre-004-prompt = Vous voulez rogner une photo pour qu'elle montre seulement votre document. Placez les étapes dans le bon ordre.
item-cre-004-opt-a = Touchez « Edit ».
item-cre-004-opt-b = Touchez « Save ».
item-cre-004-opt-c = Ouvrez la photo dans votre galerie.
item-cre-004-opt-d = Touchez « Crop » et déplacez les coins.

# cre-005
item-cre-005-prompt = Prenez en photo cette lettre d'exercice, rognez la photo pour qu'on voie seulement la lettre, puis enregistrez-la.
item-cre-005-cat-0 = Non réalisé.
item-cre-005-cat-1 = Réalisé après un indice.
item-cre-005-cat-2 = Réalisé sans aide.

# cre-006
item-cre-006-prompt = Votre CV est prêt dans un logiciel de traitement de texte. L'employeur veut un fichier PDF. Que faites-vous?
item-cre-006-opt-a = Vous utilisez « File », puis « Save as » ou « Download », et vous choisissez PDF.
item-cre-006-opt-b = Vous faites une capture d'écran du CV et vous envoyez l'image.
item-cre-006-opt-c = Vous changez la fin du nom du fichier pour .pdf.

# cre-007
item-cre-007-prompt = Vous voulez ajouter un tableau dans votre document. Placez les étapes dans le bon ordre.
item-cre-007-opt-a = Cliquez sur « Table ».
item-cre-007-opt-b = Cliquez dans le document à l'endroit où vous voulez le tableau.
item-cre-007-opt-c = Choisissez 2 colonnes et 4 rangées.
item-cre-007-opt-d = Cliquez sur l'onglet « Insert ».

# cre-008
item-cre-008-prompt = Vous rédigez votre CV dans un logiciel de traitement de texte. Vous voulez que tous les titres de section, comme « Expérience » et « Formation », aient la même apparence, et pouvoir tous les changer d'un coup plus tard. Quelle est la meilleure façon?
item-cre-008-opt-a = Taper chaque titre en lettres majuscules.
item-cre-008-opt-b = Mettre chaque titre en gras et plus gros, un par un.
item-cre-008-opt-c = Appliquer le style « Heading 1 » à chaque titre, puis modifier le style.
item-cre-008-opt-d = Mettre chaque titre dans sa propre zone de texte.

# cre-009
item-cre-009-prompt = Dans ce tableur, vos dépenses du mois sont dans les cellules B2 à B8. Quelle formule donne le total?
item-cre-009-opt-a = =B8-B2
item-cre-009-opt-b = =B2+B8
item-cre-009-opt-c = =COUNT(B2:B8)
item-cre-009-opt-d = =SUM(B2:B8)

# cre-010
item-cre-010-prompt = Vos dépenses sont dans les cellules B2 à B8 et le total est dans B9. Dans C2, vous voulez la part du total de chaque dépense, puis vous allez copier la formule vers le bas jusqu'à C8. Quelle formule tapez-vous dans C2?
item-cre-010-opt-a = =B2/$B$9
item-cre-010-opt-b = =B2/B9
item-cre-010-opt-c = =$B$2/B9
item-cre-010-opt-d = =B9/B2

# cre-011
item-cre-011-prompt = Dans ce logiciel de traitement de texte d'exercice, appliquez le style « Heading 1 » aux trois titres de section du CV, puis téléchargez-le en PDF.
item-cre-011-cat-0 = Non réalisé.
item-cre-011-cat-1 = Réalisé après un indice.
item-cre-011-cat-2 = Réalisé sans aide.

# cre-012
item-cre-012-prompt = Avant de publier en ligne une photo d'autres personnes, vous devriez leur demander si elles sont d'accord. Vrai ou faux?

# cre-013
item-cre-013-prompt = Vous vendez des gâteaux et vous préparez une publicité en ligne. Vous trouvez une photo sous licence Creative Commons. Quelle licence vous permet d'utiliser la photo dans votre publicité si vous nommez le photographe?
item-cre-013-opt-a = CC BY-NC : Attribution, Pas d'utilisation commerciale.
item-cre-013-opt-b = CC BY : Attribution.
item-cre-013-opt-c = CC BY-NC-ND : Attribution, Pas d'utilisation commerciale, Pas de modification.
item-cre-013-opt-d = CC BY-ND : Attribution, Pas de modification, avec vos prix écrits sur la photo.
