# Item messages: Items for NLN 9 to 12 (advanced module) and thin competences (français, machine-drafted)

item-inf-201-prompt = Vous voulez des pages sur le permis de travail venant seulement du site canada.ca. Que tapez-vous dans la recherche?
item-inf-201-opt-a = site:canada.ca permis de travail
item-inf-201-opt-b = canada permis de travail officiel
item-inf-201-opt-c = permis de travail canada.ca?

item-inf-202-prompt = Une publication partage une étude sur la santé. Quel est le meilleur signe que le résultat est fiable?
item-inf-202-opt-a = La publication a des milliers de mentions J'aime.
item-inf-202-opt-b = L'étude est publiée dans une revue révisée par des pairs, et d'autres études trouvent la même chose.
item-inf-202-opt-c = Le site a l'air moderne et professionnel.

item-inf-203-prompt = Dans un dossier partagé par une équipe, mettre la date ou un numéro de version dans le nom des fichiers aide tout le monde à trouver le plus récent. Vrai ou faux?

item-com-201-prompt = Cinq personnes modifient un document en ligne. Comment savoir qui a changé un paragraphe hier?
item-com-201-opt-a = Imprimer le document et comparer.
item-com-201-opt-b = Écrire à tout le monde pour demander.
item-com-201-opt-c = Ouvrir l'historique des versions.

item-com-202-prompt = Quand vous supprimez une publication, toutes les copies que d'autres ont enregistrées ou partagées sont supprimées aussi. Vrai ou faux?

item-srv-201-prompt = Vous voulez payer une facture dans votre banque en ligne. Qu'est-ce qui montre le mieux que vous êtes sur le vrai site de la banque?
item-srv-201-opt-a = Vous avez tapé vous-même l'adresse de la banque, et la barre d'adresse montre le domaine de la banque.
item-srv-201-opt-b = La page montre le logo et les couleurs de la banque.
item-srv-201-opt-c = Une fenêtre surgissante dit que le site est vérifié.

item-srv-202-prompt = Une clé d'accès (passkey) ou une clé de sécurité physique protège mieux un compte contre les fausses pages de connexion qu'un code envoyé par texto. Vrai ou faux?

item-saf-201-prompt = Vous publiez une photo prise chez vous. Quelle information cachée dans le fichier peut montrer où vous habitez?
item-saf-201-opt-a = Le profil de couleur.
item-saf-201-opt-b = Les données de position (GPS) enregistrées avec la photo.
item-saf-201-opt-c = La taille du fichier.

item-saf-202-prompt = Si le texte d'un lien montre l'adresse de votre banque, le lien ouvre toujours votre banque. Vrai ou faux?

item-cre-201-prompt = Vous trouvez une photo en ligne sous licence CC BY-NC. Vous voulez l'utiliser sur un dépliant distribué gratuitement. Que devez-vous faire?
item-cre-201-opt-a = Rien : tout ce qui est en ligne est libre.
item-cre-201-opt-b = Payer le photographe avant de l'utiliser.
item-cre-201-opt-c = Nommer le photographe; vous pouvez l'utiliser car le dépliant n'est pas vendu.

item-cre-202-prompt = Dans un tableur, quand vous copiez la formule =B2*$E$1 vers le bas d'une colonne, la cellule $E$1 reste la même à chaque ligne. Vrai ou faux?

item-prb-201-prompt = Un agent conversationnel (IA) vous donne trois sources pour un rapport. Que faites-vous avant de les utiliser?
item-prb-201-opt-a = Ouvrir chaque source et vérifier qu'elle existe et dit bien ce que l'IA affirme.
item-prb-201-opt-b = Les copier : les outils d'IA n'inventent pas de sources.
item-prb-201-opt-c = Demander à l'IA si elle est sûre, et les utiliser si elle dit oui.

item-prb-202-prompt = Tous les certificats de cours en ligne gratuits sont acceptés par les employeurs canadiens comme titres professionnels. Vrai ou faux?

item-prb-203-prompt = Une entreprise où vous avez postulé envoie un chèque plus élevé que votre première paie et vous demande de renvoyer la différence par virement Interac. Qu'est-ce que c'est?
item-prb-203-opt-a = Une façon normale de commencer un emploi.
item-prb-203-opt-b = Une fraude au faux chèque.
item-prb-203-opt-c = Une prestation du gouvernement.

item-saf-203-prompt = Le contrôle parental peut limiter les applications qu'un enfant installe, mais il faut quand même parler avec l'enfant de ce qu'il fait en ligne. Vrai ou faux?

item-saf-204-prompt = Quelqu'un publie en ligne des photos intimes de votre amie sans son consentement. Quel est le meilleur conseil pour elle?
item-saf-204-opt-a = Répondre à la personne par des menaces.
item-saf-204-opt-b = Supprimer ses propres comptes et ne rien dire.
item-saf-204-opt-c = Garder des preuves, signaler les publications à la plateforme, et contacter la police ou un service d'aide.

item-cre-203-prompt = Si vous changez quelques mots d'un article trouvé sur un site, vous pouvez le publier comme votre propre travail sans nommer la source. Vrai ou faux?

item-cre-204-prompt = Vous écrivez un long rapport. Qu'est-ce qui le rend le plus facile à lire avec un lecteur d'écran et à doter d'une table des matières?
item-cre-204-opt-a = Utiliser les styles de titre intégrés (Titre 1, Titre 2).
item-cre-204-opt-b = Mettre les titres en gras et plus gros à la main.
item-cre-204-opt-c = Écrire les titres en majuscules.

item-srv-203-prompt = Avec le dépôt automatique de Virement Interac, l'expéditeur doit quand même vous donner une question de sécurité avant que l'argent arrive. Vrai ou faux?

item-srv-204-prompt = Vous voulez voir vos feuillets d'impôt dans Mon dossier de l'ARC, mais vous n'avez pas de compte bancaire au Canada. Comment pouvez-vous quand même vous connecter?
item-srv-204-opt-a = Seulement en appelant un ami qui a un compte bancaire.
item-srv-204-opt-b = Avec un identifiant et un mot de passe CléGC.
item-srv-204-opt-c = On ne peut pas se connecter sans banque canadienne.

item-dev-201-prompt = Une sauvegarde gardée seulement sur le même téléphone ne protège pas vos photos si le téléphone est perdu ou brisé. Vrai ou faux?

item-dev-202-prompt = Un apprenant aveugle veut que le téléphone lise l'écran à voix haute. Quel réglage activez-vous?
item-dev-202-opt-a = Le mode sombre.
item-dev-202-opt-b = Le mode avion.
item-dev-202-opt-c = Le lecteur d'écran (TalkBack ou VoiceOver).

item-dev-203-prompt = Un routeur Wi-Fi est sûr avec le mot de passe imprimé à l'usine sur son étiquette; il n'est donc jamais utile de changer le mot de passe administrateur du routeur. Vrai ou faux?

item-dev-204-prompt = Sur un ordinateur, quelles touches annulent votre dernière modification?
item-dev-204-opt-a = Ctrl + Z (sur Mac : Commande + Z)
item-dev-204-opt-b = Ctrl + P (sur Mac : Commande + P)
item-dev-204-opt-c = Alt + F4

item-inf-204-prompt = Quand vous traduisez une lettre officielle avec une application, il faut vérifier les noms, les dates et les montants dans l'original, car l'application peut en changer le sens. Vrai ou faux?

item-inf-205-prompt = Une vidéo montre un politicien qui dit quelque chose de choquant. Qu'est-ce qui aide le mieux à savoir si c'est un hypertrucage (deepfake)?
item-inf-205-opt-a = La vidéo est de haute qualité.
item-inf-205-opt-b = Beaucoup de gens l'ont partagée aujourd'hui.
item-inf-205-opt-c = Vérifier si des médias fiables rapportent le même événement, et chercher la source d'origine.

item-com-203-prompt = Vous écrivez à 40 parents au sujet d'une sortie scolaire. Ils ne se connaissent pas. Où mettez-vous leurs adresses?
item-com-203-opt-a = Cci
item-com-203-opt-b = À
item-com-203-opt-c = Cc

item-com-204-prompt = Vous animez un cours en ligne. Activer la salle d'attente permet à toute personne ayant le lien d'entrer sans votre accord. Vrai ou faux?

item-prb-204-prompt = Votre portable est devenu très lent après l'installation d'un nouveau programme, et des fenêtres surgissantes apparaissent sans cesse. Que faites-vous d'abord?
item-prb-204-opt-a = Acheter plus de mémoire pour le portable.
item-prb-204-opt-b = Désinstaller le nouveau programme et lancer une analyse avec le logiciel de sécurité.
item-prb-204-opt-c = Cliquer sur les fenêtres pour les fermer une à une.

item-prb-205-prompt = Avant de payer un cours en ligne, vérifier si l'établissement est reconnu dans votre province peut vous faire économiser de l'argent et du temps. Vrai ou faux?

item-saf-205-prompt = Utiliser le même mot de passe fort pour tous vos comptes est sûr, tant que le mot de passe est long. Vrai ou faux?

item-saf-206-prompt = Un courriel vous demande de vous connecter à www.rnybank.ca. Votre banque est www.mybank.ca. Que se passe-t-il?
item-saf-206-opt-a = Une adresse trompeuse : « rn » imite « m ». C'est de l'hameçonnage.
item-saf-206-opt-b = Une nouvelle succursale de votre banque.
item-saf-206-opt-c = Une forme courte normale du nom de la banque.

item-inf-206-prompt = Vous voulez l'expression exacte « premier acheteur » dans les résultats. Que tapez-vous?
item-inf-206-opt-a = premier acheteur
item-inf-206-opt-b = "premier acheteur"
item-inf-206-opt-c = premier OR acheteur

item-prb-206-prompt = On peut sans risque coller le nom complet, le numéro d'assurance maladie et les notes médicales d'un client dans un agent conversationnel (IA) public et gratuit pour obtenir un résumé. Vrai ou faux?

item-com-205-prompt = Un employeur va chercher votre nom en ligne avant une entrevue. Quelle est la meilleure préparation?
item-com-205-opt-a = Supprimer tous vos comptes en ligne.
item-com-205-opt-b = Changer votre nom sur tous les sites.
item-com-205-opt-c = Chercher votre propre nom, vérifier vos paramètres de confidentialité, et retirer ou masquer ce qu'un employeur ne devrait pas voir.

item-srv-205-prompt = Quand un formulaire en ligne expire, les réponses tapées peuvent être perdues; il est donc utile d'écrire d'abord les longues réponses dans un document à part. Vrai ou faux?

item-cre-205-prompt = Avant de publier la photo d'un client prise à un événement communautaire, il faut son autorisation, même si la photo est belle. Vrai ou faux?

item-inf-207-prompt = Vous devez garder des fichiers de travail sept ans et les retrouver vite. Quel système est le meilleur?
item-inf-207-opt-a = Des dossiers par année et par sujet, avec des noms de fichiers qui commencent par la date.
item-inf-207-opt-b = Tous les fichiers sur le bureau.
item-inf-207-opt-c = Chaque fichier nommé final, final2, final3.

item-srv-206-prompt = Pendant une consultation virtuelle, la plateforme du médecin est sécurisée, donc peu importe si vous prenez l'appel dans un lieu public bondé. Vrai ou faux?

item-com-206-prompt = Vous avez partagé un dossier avec un bénévole qui est maintenant parti. Que faites-vous?
item-com-206-opt-a = Rien : les anciens liens cessent de marcher tout seuls.
item-com-206-opt-b = Retirer l'accès du bénévole dans les paramètres de partage du dossier.
item-com-206-opt-c = Renommer le dossier.

item-saf-207-prompt = Vous remarquez que vous regardez votre téléphone tard le soir et dormez mal. Quelle mesure aide le plus?
item-saf-207-opt-a = Augmenter la luminosité de l'écran.
item-saf-207-opt-b = Installer une autre application de réseau social.
item-saf-207-opt-c = Régler un horaire de coucher qui coupe les notifications, et charger le téléphone hors de la chambre.

item-prb-207-prompt = Noter les tâches numériques que vous ne savez pas encore faire seul vous aide à choisir le bon cours ou tutoriel. Vrai ou faux?

item-inf-208-prompt = Un PDF de la ville n'est qu'une image numérisée : vous ne pouvez ni copier ni traduire le texte. Qu'est-ce qui aide?
item-inf-208-opt-a = Lancer la reconnaissance de texte (OCR), puis traduire le texte.
item-inf-208-opt-b = L'imprimer et le numériser à nouveau.
item-inf-208-opt-c = Renommer le fichier.

item-dev-205-prompt = Quand votre stockage infonuagique est plein, supprimer un fichier sur le téléphone le supprime toujours aussi du nuage, dans toutes les applications. Vrai ou faux?

item-com-207-prompt = Chaque semaine, vous recevez beaucoup de courriels de l'école de votre enfant et ils se perdent. Quelle est la meilleure solution?
item-com-207-opt-a = Supprimer tous les courriels de l'école sans les lire.
item-com-207-opt-b = Créer une règle (filtre) qui classe les courriels de l'adresse de l'école dans un dossier École.
item-com-207-opt-c = Ouvrir un nouveau compte de courriel chaque mois.

item-srv-207-prompt = Si une boutique en ligne ne livre jamais ce que vous avez payé par carte de crédit, vous pouvez demander à l'émetteur de la carte d'annuler le paiement. Vrai ou faux?

item-com-208-prompt = Pendant un cours en ligne, tout le monde entend le bruit de votre pièce même quand votre micro est coupé. Vrai ou faux?

item-saf-208-prompt = Si quelqu'un vous envoie sans cesse des messages menaçants en ligne, vous pouvez le bloquer et garder des captures d'écran comme preuves. Vrai ou faux?

item-cre-206-prompt = Vous utilisez un graphique d'un rapport du gouvernement dans votre présentation. Qu'ajoutez-vous?
item-cre-206-opt-a = Rien, car le travail du gouvernement est gratuit.
item-cre-206-opt-b = Votre propre nom sous le graphique.
item-cre-206-opt-c = La source : le titre du rapport, le ministère et l'année.
