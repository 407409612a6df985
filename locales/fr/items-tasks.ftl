# Item messages: Observed and mock-app tasks, scored not solved / solved after a hint / solved alone (français, machine-drafted)

item-dev-301-prompt = Allumez le téléphone.

item-dev-302-prompt = Branchez le chargeur dans le téléphone.

item-dev-303-prompt = Montez le son.

item-com-301-prompt = Le téléphone sonne. Répondez à l'appel.

item-com-302-prompt = Terminez l'appel.

item-cre-301-prompt = Prenez une photo de la table.

item-dev-304-prompt = Ouvrez les photos et montrez-moi la dernière.

item-com-303-prompt = Écoutez le message vocal que votre ami a envoyé.

item-dev-305-prompt = Déverrouillez le téléphone avec son code NIP.

item-dev-306-prompt = Ouvrez l'application horloge depuis l'écran d'accueil.

item-com-304-prompt = Appelez le contact nommé Amal dans votre liste de contacts.

item-dev-307-prompt = Vous êtes dans une application. Revenez à l'écran d'accueil.

item-com-305-prompt = Enregistrez un court message vocal et envoyez-le à Amal.

item-dev-308-prompt = Mettez le téléphone en mode silencieux.

item-com-306-prompt = Faites un appel vidéo à Amal.

item-com-307-prompt = Envoyez la dernière photo à Amal dans une conversation.

item-dev-309-prompt = Connectez-vous au réseau Wi-Fi nommé Library. Le mot de passe est sur la carte.

item-inf-301-prompt = Ouvrez le lien qu'Amal vous a envoyé dans la conversation.

item-inf-302-prompt = Trouvez la bibliothèque publique sur la carte et lancez l'itinéraire à pied.

item-srv-301-prompt = Remplissez votre nom et votre numéro de téléphone dans le formulaire et appuyez sur Submit.

item-com-308-prompt = Écrivez un courriel à l'enseignante, joignez la photo du formulaire et envoyez-le.

item-srv-302-prompt = Créez un compte sur le site d'exercice. Utilisez le code reçu par texto pour terminer.

item-com-309-prompt = Rejoignez le cours vidéo d'exercice avec le lien, puis coupez et rallumez votre micro.

item-saf-301-prompt = Changez les paramètres pour que seuls vos amis voient vos publications.

item-srv-303-prompt = Prenez en photo la carte d'identité d'exercice et téléversez-la dans le formulaire.

item-srv-304-prompt = Activez la validation en deux étapes pour le compte de courriel d'exercice.

item-com-310-prompt = Partagez le fichier d'exercice avec Amal pour qu'elle puisse le voir sans le modifier.

item-cre-302-prompt = Dans le document, faites un tableau de trois colonnes : date, lieu, heure.

item-cre-303-prompt = Enregistrez le document d'exercice en fichier PDF.

item-prb-301-prompt = Le téléphone ne se connecte pas au Wi-Fi enregistré. Oubliez le réseau et reconnectez-vous.

item-cre-304-prompt = Dans le tableur d'exercice, additionnez la colonne des prix avec une formule.

item-com-311-prompt = Programmez une réponse automatique d'absence pour la semaine prochaine dans le courriel d'exercice.

item-cre-305-prompt = Dans le tableur de budget d'exercice, écrivez une formule qui multiplie chaque montant par le taux de taxe de la cellule E1, et copiez-la vers le bas.

item-saf-302-prompt = Installez le gestionnaire de mots de passe d'exercice, enregistrez-y un nouvel identifiant et laissez-le créer un mot de passe fort.

item-cre-306-prompt = Créez une lettre pour 20 clients à partir d'un modèle et de la liste d'exercice de noms et d'adresses (publipostage).

item-com-312-prompt = Créez un calendrier d'équipe partagé. Donnez à deux collègues le droit d'ajouter des événements et à un seul le droit de consulter.

item-cre-307-prompt = Rendez le rapport d'exercice accessible : styles de titre, texte de remplacement pour l'image, et correction de ce que trouve le vérificateur d'accessibilité.

item-inf-303-prompt = Restaurez la version d'hier du document d'exercice à partir de l'historique des versions.

item-cre-308-prompt = À partir de la liste de ventes d'exercice, créez un tableau croisé dynamique qui montre le total de chaque mois.

item-dev-310-prompt = Sur la page du routeur d'exercice, activez un réseau Wi-Fi invité avec son propre mot de passe.

item-saf-303-prompt = Avant de partager la photo d'exercice, vérifiez si elle contient des données de position et retirez-les.

item-inf-304-prompt = Trouvez où la photo de nouvelles d'exercice est apparue en premier, avec une recherche d'image inversée.

item-prb-302-prompt = Postulez à l'offre d'emploi d'exercice : adaptez votre CV à ses mots-clés, téléversez-le en PDF et envoyez.

item-prb-303-prompt = Utilisez l'assistant IA d'exercice pour rédiger une courte lettre à un propriétaire, puis vérifiez et corrigez chaque fait.

item-dev-311-prompt = Agrandissez le texte du téléphone dans les paramètres.

item-dev-312-prompt = Trouvez le fichier d'exercice que vous venez de télécharger et ouvrez-le.

item-dev-313-prompt = Copiez l'adresse du message et collez-la dans la recherche de la carte.

item-saf-304-prompt = Configurez un verrouillage d'écran avec un NIP sur le téléphone d'exercice.

item-prb-304-prompt = L'application d'exercice est bloquée. Fermez-la complètement et rouvrez-la.

item-inf-305-prompt = Ouvrez la page Web d'exercice en anglais et faites-la traduire par le navigateur dans votre langue.

item-srv-305-prompt = Dans l'application bancaire d'exercice, envoyez 20 $ par virement Interac à l'adresse courriel d'Amal.

item-prb-305-prompt = Trouvez une courte vidéo dans votre langue qui montre comment joindre un fichier à un courriel.

item-prb-306-prompt = Sur le site d'emploi d'exercice, créez une alerte pour les emplois de cuisinier dans votre ville.

item-srv-306-prompt = Dans le portail santé d'exercice, réservez le premier rendez-vous libre la semaine prochaine et ajoutez-le au calendrier du téléphone.

item-saf-305-prompt = Lancez la vérification de confidentialité du compte d'exercice et désactivez la personnalisation des annonces et l'historique des positions.

item-saf-306-prompt = Dans la boîte de réception d'exercice, trouvez le courriel d'hameçonnage, signalez-le comme hameçonnage et bloquez l'expéditeur.

item-saf-307-prompt = Sur la tablette d'exercice, fixez une limite quotidienne d'une heure de temps d'écran pour les jeux.

item-inf-306-prompt = Parmi les trois sites d'exercice, trouvez le site officiel du gouvernement et montrez comment vous le savez.

item-com-313-prompt = Dans la réunion vidéo d'exercice, partagez votre écran et montrez le document d'exercice.

item-com-314-prompt = Modifiez le profil du compte d'exercice pour qu'il montre votre prénom et une photo convenable, et cache votre numéro de téléphone.

item-dev-314-prompt = Glissez vers le haut sur l'écran pour ouvrir le téléphone.

item-dev-315-prompt = Baissez le son.

item-dev-316-prompt = Ouvrez l'appareil photo depuis l'écran d'accueil.

item-com-315-prompt = Appelez le numéro de téléphone écrit sur cette carte.

item-cre-309-prompt = Filmez une courte vidéo de la fenêtre.

item-dev-317-prompt = Éteignez le téléphone.

item-dev-318-prompt = Fermez l'application dans laquelle vous êtes.

item-com-316-prompt = Envoyez le message Bonjour à Amal.

item-dev-319-prompt = Tapez votre prénom dans la zone de message.

item-cre-310-prompt = Supprimez la dernière photo que vous avez prise.

item-com-317-prompt = Amal vous fait un appel vidéo. Répondez et allumez votre caméra.

item-dev-320-prompt = Désactivez les données mobiles, puis réactivez-les.

item-inf-307-prompt = Avec la recherche avancée, trouvez seulement des fichiers PDF sur les droits des locataires dans le site de la province.

item-prb-307-prompt = Sauvegardez le téléphone d'exercice dans le nuage et vérifiez que la sauvegarde est terminée.

item-com-318-prompt = Créez un dossier d'équipe où les membres peuvent téléverser des fichiers mais où vous seul pouvez les supprimer.

item-saf-308-prompt = Vérifiez l'activité de connexion du compte d'exercice et déconnectez tous les appareils que vous ne connaissez pas.

item-srv-307-prompt = Gardez les codes de récupération du compte d'exercice dans un endroit sûr, pas sur le téléphone.

item-prb-308-prompt = Faites l'autoévaluation du cours en ligne d'exercice et choisissez votre prochain module d'après les résultats.

item-cre-311-prompt = Modifiez la vidéo d'exercice : coupez les premières secondes, ajoutez des sous-titres et enregistrez-la.

item-prb-309-prompt = Planifiez l'entrevue d'emploi d'exercice en réunion vidéo, envoyez l'invitation avec le lien et réglez un rappel.

item-inf-308-prompt = Comparez la page d'exercice avec sa traduction automatique et montrez deux endroits où le sens a changé.

item-dev-321-prompt = Configurez le téléphone d'exercice pour un apprenant malvoyant : texte agrandi, loupe et saisie vocale.

item-com-319-prompt = Dans la boîte de réception d'exercice, utilisez la recherche pour trouver tous les courriels de l'école qui ont une pièce jointe.

item-saf-309-prompt = Sur un Wi-Fi public, activez le RPV (VPN) d'exercice et vérifiez qu'il est connecté.

task-cat-not-solved = Non réussi
task-cat-after-hint = Réussi après un indice
task-cat-alone = Réussi sans aide
