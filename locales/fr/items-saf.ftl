## Items : SAF, Sécurité, vie privée et bien-être (consignes, choix, zones, catégories des tâches; français canadien)

# saf-001
item-saf-001-prompt = Quel téléphone est le plus sûr si vous le perdez?
item-saf-001-opt-a = Un téléphone avec son NIP écrit sur un autocollant à l'arrière.
item-saf-001-opt-b = Un téléphone qui s'ouvre d'un simple glissement du doigt.
item-saf-001-opt-c = Un téléphone qui demande un NIP ou votre empreinte digitale pour s'ouvrir.

# saf-002
item-saf-002-prompt = Quel mot de passe est le plus solide?
item-saf-002-opt-a = 123456
item-saf-002-opt-b = Amina1990
item-saf-002-opt-c = river-lamp-orange-47
item-saf-002-opt-d = password

# saf-003
item-saf-003-prompt = Quand votre téléphone indique qu'une mise à jour est prête, il vaut mieux ne jamais l'installer. Vrai ou faux?

# saf-004
item-saf-004-prompt = Vous habitez à Calgary. Vous utilisez seulement votre téléphone Android et votre ordinateur portable Windows. Cette liste montre les connexions récentes à votre compte courriel. Touchez la connexion qui n'était probablement pas vous.
item-saf-004-region-row1 = Aujourd'hui, 9 h 12, téléphone Android, Calgary, Alberta.
item-saf-004-region-row2 = Aujourd'hui, 3 h 47, ordinateur Linux inconnu, Rotterdam, Pays-Bas.
item-saf-004-region-row3 = Hier, 20 h 05, ordinateur portable Windows, Calgary, Alberta.
item-saf-004-region-row4 = Lundi, 7 h 30, téléphone Android, Calgary, Alberta.
item-saf-004-region-secure = Le bouton « Secure your account ».

# saf-005
item-saf-005-prompt = Dans ce gestionnaire de mots de passe d'exercice, créez un nouveau mot de passe solide pour votre compte du portail scolaire, enregistrez-le avec l'adresse Web du portail, puis verrouillez le gestionnaire.
item-saf-005-cat-0 = Non réalisé.
item-saf-005-cat-1 = Réalisé après un indice.
item-saf-005-cat-2 = Réalisé sans aide.

# saf-006
item-saf-006-prompt = Vous gardez tous vos mots de passe dans un gestionnaire de mots de passe. Qu'est-ce qui le protège le mieux?
item-saf-006-opt-a = Le mot de passe principal enregistré dans une note sur votre téléphone.
item-saf-006-opt-b = Le même mot de passe principal que pour votre courriel, pour ne pas l'oublier.
item-saf-006-opt-c = Un long mot de passe principal que vous n'utilisez nulle part ailleurs, et la vérification en deux étapes sur le gestionnaire.
item-saf-006-opt-d = Le verrouillage automatique désactivé, pour ne pas avoir à taper souvent le mot de passe principal.

# saf-007
item-saf-007-prompt = Quelle photo ne devriez-vous jamais publier en ligne?
item-saf-007-opt-a = Une photo de la lettre avec votre numéro d'assurance sociale.
item-saf-007-opt-b = Une photo d'un parc.
item-saf-007-opt-c = Une photo de votre repas.

# saf-008
item-saf-008-prompt = Une boutique en ligne vous demande votre numéro d'assurance sociale pour livrer votre commande. Vous devriez le donner. Vrai ou faux?

# saf-009
item-saf-009-prompt = Vous installez une appli de lampe de poche. Elle demande à voir vos contacts et votre position. Que touchez-vous?
item-saf-009-opt-a = « Allow » : vous acceptez.
item-saf-009-opt-b = « Don't allow » : vous refusez.
item-saf-009-opt-c = « Allow all the time » : vous acceptez toujours.

# saf-010
item-saf-010-prompt = Vous voulez qu'une appli de magasinage arrête de voir où vous êtes. Placez les étapes dans le bon ordre.
item-saf-010-opt-a = Touchez « Permissions ».
item-saf-010-opt-b = Ouvrez « Settings ».
item-saf-010-opt-c = Touchez « Location », puis « Don't allow ».
item-saf-010-opt-d = Touchez « Apps » et choisissez l'appli de magasinage.

# saf-011
item-saf-011-prompt = Une appli de retouche photo a seulement besoin des photos que vous choisissez. Ses autorisations sont : Photos, toutes les photos; Position, toujours; Contacts, autorisés; Micro, autorisé. Quel est le meilleur réglage?
item-saf-011-opt-a = Tout autoriser, mais seulement pendant que vous utilisez l'appli.
item-saf-011-opt-b = Tout garder comme c'est, parce que l'appli est gratuite.
item-saf-011-opt-c = Désactiver les photos et garder la position : toujours.
item-saf-011-opt-d = Photos : seulement les photos choisies. Désactiver la position, les contacts et le micro.

# saf-012
item-saf-012-prompt = Écoutez cet appel : « Ici l'Agence du revenu du Canada. Vous devez de l'impôt. Payez aujourd'hui avec des cartes-cadeaux, sinon la police va vous arrêter. » Qu'est-ce que cet appel?
item-saf-012-opt-a = Un vrai appel de la police : vous donnez votre adresse.
item-saf-012-opt-b = Un vrai appel du gouvernement : vous payez avec des cartes-cadeaux.
item-saf-012-opt-c = Une fraude : vous raccrochez.

# saf-013
item-saf-013-prompt = Votre banque est Maple Bank, et son site Web est maplebank.ca. Ce courriel a l'air vrai. Touchez la partie qui montre qu'il ne vient pas de votre banque.
item-saf-013-region-logo = Le logo de Maple Bank.
item-saf-013-region-sender = L'expéditeur : alerts@maplebank.ca-secure-login.com
item-saf-013-region-greeting = La salutation : « Hello Amina ».
item-saf-013-region-message = Le message : « We noticed a new sign-in. Please review your account. »
item-saf-013-region-button = Le bouton « Review account ».

# saf-014
item-saf-014-prompt = Vous recevez un message WhatsApp : « Travail à domicile, 400 $ par jour, sans entrevue. Envoyez 50 $ pour votre trousse de formation. » Qu'est-ce que c'est?
item-saf-014-opt-a = Probablement une fraude : ne payez pas et ne répondez pas.
item-saf-014-opt-b = Un bon emploi : envoyez les 50 $ rapidement.
item-saf-014-opt-c = Une vraie offre d'emploi du Guichet-Emplois.

# saf-015
item-saf-015-prompt = Un code QR sur un autocollant dans un stationnement ouvre toujours le vrai site de paiement. Vrai ou faux?

# saf-016
item-saf-016-prompt = Votre téléphone sonne, le numéro est inconnu. Vous entendez la voix de votre fils qui pleure : « J'ai eu un accident. Envoie-moi 2 000 $ par virement Interac tout de suite. Ne le dis à personne. » Quelle est la chose la plus sûre à faire?
item-saf-016-opt-a = Raccrocher et rappeler votre fils à son numéro habituel.
item-saf-016-opt-b = Rappeler le numéro qui vient de vous appeler, pour vérifier.
item-saf-016-opt-c = Demander à la personne de dire sa date de naissance.
item-saf-016-opt-d = Envoyer l'argent, parce que c'est vraiment sa voix.

# saf-017
item-saf-017-prompt = Vous vendez un téléphone en ligne. L'acheteur vous envoie un courriel qui semble venir d'Interac : « Le paiement de 300 $ est retenu. Il sera libéré quand vous aurez envoyé 100 $ à l'acheteur pour la livraison. » Qu'est-ce qui est vrai?
item-saf-017-opt-a = Vous devez envoyer les 100 $ pour recevoir les 300 $.
item-saf-017-opt-b = Interac ne retient jamais un paiement jusqu'à ce que vous payiez quelqu'un. Le courriel est faux : vérifiez dans votre appli bancaire.
item-saf-017-opt-c = Le courriel est vrai parce qu'il a le logo d'Interac.
item-saf-017-opt-d = Il faut répondre au courriel avec votre mot de passe bancaire pour libérer l'argent.

# saf-018
item-saf-018-prompt = Vous voulez limiter les jeux sur la tablette de votre enfant à une heure par jour. Placez les étapes dans le bon ordre.
item-saf-018-opt-a = Touchez « Screen Time ».
item-saf-018-opt-b = Choisissez « Games », réglez 1 heure, puis touchez « Add ».
item-saf-018-opt-c = Ouvrez « Settings ».
item-saf-018-opt-d = Touchez « App Limits », puis « Add Limit ».

# saf-019
item-saf-019-prompt = Quelqu'un vous envoie des messages insultants dans cette appli de réseau social d'exercice. Bloquez cette personne et signalez les messages.
item-saf-019-cat-0 = Non réalisé.
item-saf-019-cat-1 = Réalisé après un indice.
item-saf-019-cat-2 = Réalisé sans aide.
