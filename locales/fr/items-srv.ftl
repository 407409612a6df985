## Items : SRV, Utiliser les services en ligne au Canada (consignes, choix, zones, catégories des tâches; français canadien)

# srv-001
item-srv-001-prompt = Vous vous connectez à un site Web. Vous recevez un texto avec un code à 6 chiffres. Que faites-vous avec ce code?
item-srv-001-opt-a = Vous donnez le code à une personne qui vous appelle pour le demander.
item-srv-001-opt-b = Vous tapez le code sur la page de connexion.
item-srv-001-opt-c = Vous effacez le message et vous ne faites rien.

# srv-002
item-srv-002-prompt = Vous avez oublié votre mot de passe. Touchez l'endroit où vous pouvez créer un nouveau mot de passe.
item-srv-002-region-email = La case pour votre adresse courriel.
item-srv-002-region-password = La case pour votre mot de passe.
item-srv-002-region-signin = Le bouton « Sign in ».
item-srv-002-region-forgot = Le lien « Forgot password? ».
item-srv-002-region-create = Le lien « Create an account ».

# srv-003
item-srv-003-prompt = Avec la vérification en deux étapes, vous vous connectez avec votre mot de passe et aussi avec un code envoyé à votre téléphone. Vrai ou faux?

# srv-004
item-srv-004-prompt = Vous voulez réinitialiser le mot de passe d'un compte en ligne. Placez les étapes dans le bon ordre.
item-srv-004-opt-a = Ouvrez le courriel du site et touchez le lien.
item-srv-004-opt-b = Touchez « Forgot password? » sur la page de connexion.
item-srv-004-opt-c = Tapez un nouveau mot de passe deux fois, puis touchez « Save ».
item-srv-004-opt-d = Tapez votre adresse courriel, puis touchez « Send ».

# srv-005
item-srv-005-prompt = Vous activez la vérification en deux étapes. Le site affiche 10 codes de secours. Quelle est la meilleure chose à faire avec ces codes?
item-srv-005-opt-a = Les ignorer, parce que vous avez toujours votre téléphone.
item-srv-005-opt-b = Les envoyer par courriel à un ami, au cas où.
item-srv-005-opt-c = Les garder dans un endroit sûr, comme un gestionnaire de mots de passe ou sur papier à la maison.
item-srv-005-opt-d = Les publier dans la discussion de groupe de votre famille.

# srv-006
item-srv-006-prompt = Regardez ce formulaire. Que veut dire l'étoile rouge à côté d'une case?
item-srv-006-opt-a = La réponse dans cette case est mauvaise.
item-srv-006-opt-b = Vous pouvez laisser cette case vide.
item-srv-006-opt-c = Vous devez remplir cette case.

# srv-007
item-srv-007-prompt = Le formulaire demande une photo de votre carte de résident permanent. Touchez l'endroit où vous ajoutez le fichier.
item-srv-007-region-name = La case « Family name ».
item-srv-007-region-upload = Le bouton « Upload file ».
item-srv-007-region-help = Le lien « Help ».
item-srv-007-region-cancel = Le bouton « Cancel ».
item-srv-007-region-next = Le bouton « Next ».

# srv-008
item-srv-008-prompt = Vous devez envoyer une photo de la page de votre passeport. Quelle photo est bonne à envoyer?
item-srv-008-opt-a = Une photo floue.
item-srv-008-opt-b = Une photo où votre doigt cache une partie de la page.
item-srv-008-opt-c = Une photo nette qui montre toute la page et ses quatre coins.
item-srv-008-opt-d = Une photo sombre, avec un reflet de lumière sur la page.

# srv-009
item-srv-009-prompt = Dans ce formulaire d'exercice, tapez votre nom et votre date de naissance, ajoutez la photo de votre document, puis touchez « Submit ».
item-srv-009-cat-0 = Le formulaire n'a pas été envoyé.
item-srv-009-cat-1 = Le formulaire a été envoyé après un indice.
item-srv-009-cat-2 = Le formulaire a été envoyé sans aide.

# srv-010
item-srv-010-prompt = Le formulaire indique : « Upload a PDF, 4 MB maximum ». Votre photo est un fichier JPG de 9 Mo. Que pouvez-vous faire?
item-srv-010-opt-a = Sauter cette question et envoyer le formulaire.
item-srv-010-opt-b = Changer la fin du nom du fichier de .jpg à .pdf.
item-srv-010-opt-c = Essayer de téléverser le même fichier plusieurs fois.
item-srv-010-opt-d = Utiliser une appli de numérisation pour enregistrer la photo en PDF plus léger, puis la téléverser.

# srv-011
item-srv-011-prompt = Avant un rendez-vous vidéo avec un médecin, il n'est pas utile de tester votre caméra et votre micro. Vrai ou faux?

# srv-012
item-srv-012-prompt = Votre enfant est malade aujourd'hui. Touchez l'endroit où vous avisez l'école que votre enfant sera absent.
item-srv-012-region-grades = Le menu « Grades ».
item-srv-012-region-attendance = Le menu « Attendance: report an absence ».
item-srv-012-region-lunch = Le menu « Lunch menu ».
item-srv-012-region-calendar = Le menu « Calendar ».
item-srv-012-region-signout = Le bouton « Sign out ».

# srv-013
item-srv-013-prompt = Vous avez fait une demande de citoyenneté canadienne en ligne. Vous voulez savoir s'il y a du nouveau dans votre dossier. Où regardez-vous?
item-srv-013-opt-a = Dans votre compte sur le site Web d'IRCC.
item-srv-013-opt-b = Dans un groupe Facebook sur l'immigration.
item-srv-013-opt-c = Dans un texto d'un numéro inconnu qui vous demande de payer des frais.

# srv-014
item-srv-014-prompt = Vous voulez prendre rendez-vous en ligne dans une clinique. Placez les étapes dans le bon ordre.
item-srv-014-opt-a = Choisissez une journée et une heure.
item-srv-014-opt-b = Vérifiez le courriel de confirmation.
item-srv-014-opt-c = Ouvrez la page de réservation de la clinique.
item-srv-014-opt-d = Touchez « Book appointment ».

# srv-015
item-srv-015-prompt = Dans cette appli de clinique d'exercice, trouvez votre rendez-vous d'aujourd'hui et joignez-vous à l'appel vidéo avec la caméra et le micro activés.
item-srv-015-cat-0 = Ne s'est pas joint à l'appel.
item-srv-015-cat-1 = S'est joint à l'appel après un indice.
item-srv-015-cat-2 = S'est joint à l'appel sans aide.

# srv-016
item-srv-016-prompt = Vous voulez payer votre facture d'électricité dans votre appli bancaire. De quoi avez-vous besoin sur la facture?
item-srv-016-opt-a = Votre numéro d'assurance sociale.
item-srv-016-opt-b = Le numéro de compte inscrit sur la facture.
item-srv-016-opt-c = Le mot de passe du site Web de la compagnie d'électricité.

# srv-017
item-srv-017-prompt = Vous voulez envoyer de l'argent à un ami par virement Interac. Touchez l'endroit où vous commencez.
item-srv-017-region-accounts = Le bouton « Accounts ».
item-srv-017-region-paybills = Le bouton « Pay bills ».
item-srv-017-region-etransfer = Le bouton « Send money with Interac e-Transfer ».
item-srv-017-region-deposit = Le bouton « Deposit a cheque ».
item-srv-017-region-menu = Le bouton de menu en haut à droite.

# srv-018
item-srv-018-prompt = Vous activez le dépôt automatique des virements Interac dans votre appli bancaire. Qu'est-ce qui change?
item-srv-018-opt-a = L'argent envoyé à votre adresse courriel ou à votre numéro de téléphone est déposé tout de suite dans votre compte, sans question de sécurité.
item-srv-018-opt-b = Vos factures sont payées automatiquement chaque mois.
item-srv-018-opt-c = N'importe qui peut prendre de l'argent dans votre compte sans vous le demander.
item-srv-018-opt-d = Vous devez répondre à une question de sécurité pour chaque dépôt.
