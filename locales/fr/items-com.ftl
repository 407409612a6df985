# Messages des items : COM (français)

item-com-001-prompt = Votre téléphone sonne. Touchez l'endroit pour répondre à l'appel.
item-com-001-region-decline = Le bouton rond rouge avec un combiné, en bas à gauche
item-com-001-region-answer = Le bouton rond vert avec un combiné, en bas à droite
item-com-001-region-message = La bulle au-dessus du bouton rouge
item-com-001-region-remind = L'horloge au-dessus du bouton vert

item-com-002-prompt = Dans WhatsApp, sur quel bouton appuyez-vous longuement pour enregistrer un message vocal?
item-com-002-opt-a = Un micro.
item-com-002-opt-b = Un appareil photo.
item-com-002-opt-c = Un trombone.
item-com-002-opt-d = Un visage souriant.

item-com-003-prompt = Placez les images dans l'ordre pour envoyer une photo à un ami dans WhatsApp.
item-com-003-opt-a = Choisissez la photo.
item-com-003-opt-b = Ouvrez WhatsApp.
item-com-003-opt-c = Touchez la flèche verte Send.
item-com-003-opt-d = Touchez le nom de votre ami.
item-com-003-opt-e = Touchez le trombone.

item-com-004-prompt = Pendant un appel vidéo, vous voyez le bouton de la caméra barré d'une ligne. Cela veut dire que l'autre personne peut encore vous voir. Vrai ou faux?

item-com-005-prompt = Vous avez reçu un courriel de l'école de votre enfant. Touchez le bouton pour répondre seulement à la personne qui l'a écrit.
item-com-005-region-reply = Le bouton Reply, avec une flèche courbe vers la gauche
item-com-005-region-reply-all = Le bouton Reply all, avec deux flèches courbes vers la gauche
item-com-005-region-forward = Le bouton Forward, avec une flèche vers la droite
item-com-005-region-delete = Le bouton en forme de poubelle

item-com-006-prompt = Écrivez un courriel à votre intervenante en établissement et joignez la photo de votre bail. Ensuite, touchez Send.
item-com-006-cat-0 = Non réussi
item-com-006-cat-1 = Réussi après un indice
item-com-006-cat-2 = Réussi sans aide

item-com-007-prompt = Vous envoyez un courriel à dix parents de la classe de votre enfant. Ils ne se connaissent pas. Où mettez-vous leurs adresses pour qu'ils ne voient pas les adresses des autres?
item-com-007-opt-a = Dans le champ To (À).
item-com-007-opt-b = Dans le champ Cc.
item-com-007-opt-c = Dans le champ Bcc (Cci).
item-com-007-opt-d = Dans le champ Subject (Objet).

item-com-008-prompt = Les courriels du dossier Spam (pourriels) sont toujours dangereux, alors il ne faut jamais regarder dans ce dossier. Vrai ou faux?

item-com-009-prompt = Vous êtes dans un cours en ligne. Touchez le bouton qui ferme votre micro.
item-com-009-region-mic = Le bouton du micro, en bas à gauche
item-com-009-region-camera = Le bouton de la caméra vidéo
item-com-009-region-chat = Le bouton en forme de bulle
item-com-009-region-hand = Le bouton de la main levée
item-com-009-region-leave = Le bouton rouge, en bas à droite

item-com-010-prompt = Placez les étapes dans l'ordre pour rejoindre votre cours d'anglais en ligne à partir du courriel de votre enseignante.
item-com-010-opt-a = Tapez votre nom.
item-com-010-opt-b = Touchez le lien de la réunion.
item-com-010-opt-c = Touchez Join.
item-com-010-opt-d = Ouvrez le courriel de votre enseignante.

item-com-011-prompt = Dans le cours en ligne, levez la main. Quand l'enseignante dit votre nom, ouvrez votre micro et votre caméra.
item-com-011-cat-0 = Non réussi
item-com-011-cat-1 = Réussi après un indice
item-com-011-cat-2 = Réussi sans aide

item-com-012-prompt = Votre médecin vous a envoyé un lien pour un rendez-vous vidéo à 10 h. Que vaut-il mieux faire?
item-com-012-opt-a = Attendre que le médecin appelle votre numéro de téléphone.
item-com-012-opt-b = Ouvrir le lien à 10 h 15, dans l'autobus.
item-com-012-opt-c = Fermer le Wi-Fi pour économiser des données, puis ouvrir le lien.
item-com-012-opt-d = Quelques minutes avant 10 h, aller dans un endroit calme et privé, et vérifier le lien, la caméra et le son.

item-com-013-prompt = Vous voulez partager un fichier de Google Drive avec votre enseignante. Sur quel bouton appuyez-vous?
item-com-013-opt-a = Une personne avec un signe plus, avec le mot Share.
item-com-013-opt-b = Une poubelle, avec le mot Remove.
item-com-013-opt-c = Une étoile, avec les mots Add to Starred.
item-com-013-opt-d = Une imprimante, avec le mot Print.

item-com-014-prompt = Vous partagez le lien de votre document. Le lien est réglé à Anyone with the link can edit. Que peut-il arriver?
item-com-014-opt-a = Seules les personnes de vos contacts peuvent l'ouvrir.
item-com-014-opt-b = Vous êtes la seule personne qui peut modifier le document.
item-com-014-opt-c = Les gens peuvent le lire, mais personne ne peut le modifier.
item-com-014-opt-d = Toute personne qui reçoit le lien peut modifier ou effacer votre texte.

item-com-015-prompt = Partagez le fichier Resume.docx avec votre conseillère en emploi, counsellor@example.org, pour qu'elle puisse ajouter des commentaires sans pouvoir modifier votre texte.
item-com-015-cat-0 = Non réussi
item-com-015-cat-1 = Réussi après un indice
item-com-015-cat-2 = Réussi sans aide

item-com-016-prompt = Vous rédigez un document partagé avec deux camarades de classe. Ce matin, quelqu'un a effacé votre partie par erreur. Quelle est la meilleure façon de la récupérer?
item-com-016-opt-a = Ouvrir l'historique des versions et restaurer votre partie à partir d'une version antérieure.
item-com-016-opt-b = Retaper votre partie de mémoire.
item-com-016-opt-c = Appuyer sur Undo (Annuler) sur votre propre ordinateur.
item-com-016-opt-d = Demander à vos camarades de créer un nouveau document et de tout recommencer.

item-com-017-prompt = Vous gérez un dossier partagé pour un groupe de bénévoles communautaire. Le dossier contient des formulaires d'inscription avec les numéros de téléphone des gens. Un bénévole a quitté le groupe. Que devriez-vous faire?
item-com-017-opt-a = Demander au bénévole de promettre de ne plus ouvrir le dossier.
item-com-017-opt-b = Garder son accès, au cas où le bénévole reviendrait.
item-com-017-opt-c = Renommer le dossier pour que le bénévole ne le trouve plus.
item-com-017-opt-d = Retirer l'accès du bénévole, et vérifier que le dossier n'est pas partagé avec Anyone with the link.

item-com-018-prompt = Écrire tout un message en LETTRES MAJUSCULES peut donner l'impression que vous criez. Vrai ou faux?

item-com-019-prompt = Vous postulez pour des emplois. Quelle adresse courriel vaut-il mieux utiliser?
item-com-019-opt-a = partygirl99@hotmail.com
item-com-019-opt-b = amina.hassan@gmail.com
item-com-019-opt-c = bestcook_4ever@yahoo.com

item-com-020-prompt = Vous cherchez du travail. Des employeurs pourraient chercher votre nom en ligne. Quelle est la meilleure chose à faire?
item-com-020-opt-a = Chercher votre propre nom, rendre vos comptes personnels privés et garder un profil professionnel à jour.
item-com-020-opt-b = Supprimer tous vos comptes et ne plus aller sur Internet jusqu'à ce que vous trouviez un emploi.
item-com-020-opt-c = Utiliser un autre nom dans vos demandes d'emploi pour que les employeurs ne vous trouvent pas en ligne.
item-com-020-opt-d = Ne rien faire. Au Canada, les employeurs n'ont pas le droit de regarder quoi que ce soit en ligne.

item-com-021-prompt = Vous gérez la page de médias sociaux d'un organisme au service des nouveaux arrivants. Une cliente publie un commentaire public avec son nom complet, son numéro de dossier et une plainte au sujet de sa demande refusée. Quelle est la meilleure réponse?
item-com-021-opt-a = Répondre publiquement avec les détails de son dossier, pour montrer que vous l'aidez.
item-com-021-opt-b = Masquer le commentaire selon votre politique, et répondre brièvement que vous allez la joindre en privé par un moyen sécurisé.
item-com-021-opt-c = Supprimer le commentaire et la bloquer, pour que la plainte ne se répande pas.
item-com-021-opt-d = Laisser le commentaire sans répondre, parce que c'est elle qui a choisi de le publier.
