## Items : PRB, Résoudre des problèmes, apprendre et travailler (consignes, choix, zones, catégories des tâches; français canadien)

# prb-001
item-prb-001-prompt = Votre téléphone est très lent et une appli est figée. Qu'essayez-vous en premier?
item-prb-001-opt-a = Acheter un nouveau téléphone.
item-prb-001-opt-b = Effacer toutes vos photos.
item-prb-001-opt-c = Redémarrer le téléphone.

# prb-002
item-prb-002-prompt = Pendant un appel vidéo, les gens ne vous entendent pas. Cet écran montre les autorisations de l'appli. Touchez celle que vous devez changer.
item-prb-002-region-camera = « Camera » : autorisée.
item-prb-002-region-microphone = « Microphone » : non autorisé.
item-prb-002-region-location = « Location » : non autorisée.
item-prb-002-region-notifications = « Notifications » : autorisées.
item-prb-002-region-contacts = « Contacts » : autorisés.

# prb-003
item-prb-003-prompt = Votre téléphone affiche « Storage full ». Effacer de vieilles vidéos déjà sauvegardées dans le nuage peut libérer de l'espace. Vrai ou faux?

# prb-004
item-prb-004-prompt = À la maison, Internet ne fonctionne pas sur votre téléphone. Placez ces étapes dans l'ordre, de la première chose à essayer à la dernière.
item-prb-004-opt-a = Débranchez le modem, attendez 30 secondes, puis rebranchez-le.
item-prb-004-opt-b = Vérifiez que le Wi-Fi est activé et connecté au réseau de votre maison.
item-prb-004-opt-c = Appelez votre fournisseur Internet.
item-prb-004-opt-d = Désactivez puis réactivez le Wi-Fi sur votre téléphone.

# prb-005
item-prb-005-prompt = Une appli affiche un message d'erreur avec le code E-403, et vous ne le comprenez pas. Quelle est une bonne façon de trouver de l'aide?
item-prb-005-opt-a = Chercher le nom de l'appli avec le code d'erreur, ou consulter la page d'aide officielle de l'appli.
item-prb-005-opt-b = Appeler un numéro de téléphone qui apparaît dans une fenêtre publicitaire.
item-prb-005-opt-c = Donner votre mot de passe à un inconnu dans un groupe en ligne qui offre de régler le problème.

# prb-006
item-prb-006-prompt = Vous avez reçu une lettre en anglais de l'école de votre enfant, et vous ne la comprenez pas. Quel outil vous aide le plus?
item-prb-006-opt-a = La calculatrice.
item-prb-006-opt-b = Une appli de traduction qui utilise la caméra.
item-prb-006-opt-c = L'appli de cartes.

# prb-007
item-prb-007-prompt = Un assistant conversationnel d'IA a toujours raison sur les lois et les règles d'immigration. Vrai ou faux?

# prb-008
item-prb-008-prompt = Vous demandez à un assistant conversationnel d'IA la date limite pour produire votre déclaration de revenus. Il vous donne une date. Que devriez-vous faire?
item-prb-008-opt-a = Poser la même question encore. Si la réponse est la même, c'est vrai.
item-prb-008-opt-b = Faire confiance à la date, parce que le gouvernement vérifie les réponses de l'IA.
item-prb-008-opt-c = Vérifier la date sur la page officielle de l'Agence du revenu du Canada, sur canada.ca.

# prb-009
item-prb-009-prompt = Un assistant d'IA vous explique vos droits de locataire et dit : « Voir l'article 99 de la Loi sur la location à usage d'habitation. » Vous ouvrez la loi, et l'article 99 parle d'autre chose. Qu'est-ce que cela vous indique?
item-prb-009-opt-a = L'IA peut inventer ou mélanger des sources. Il faut vérifier le texte officiel ou demander à un service d'aide aux locataires.
item-prb-009-opt-b = La loi sur le site du gouvernement doit être périmée, alors il faut suivre l'IA.
item-prb-009-opt-c = Le reste de la réponse de l'IA est sûrement exact; seul le numéro est faux.
item-prb-009-opt-d = Il faut demander à l'IA si elle est sûre. Si elle dit oui, vous pouvez lui faire confiance.

# prb-010
item-prb-010-prompt = Vous voulez apprendre à utiliser le courriel. Où pouvez-vous obtenir de l'aide gratuite?
item-prb-010-opt-a = À la bibliothèque publique ou dans un organisme d'aide à l'établissement.
item-prb-010-opt-b = Auprès d'une personne qui vous écrit en ligne et qui vous demande votre mot de passe.
item-prb-010-opt-c = Dans une publicité qui vous demande de payer avec des cartes-cadeaux.

# prb-011
item-prb-011-prompt = Vous avez commencé un cours en ligne la semaine dernière. Touchez l'endroit où vous continuez votre leçon.
item-prb-011-region-resume = Le bouton « Resume lesson 3 ».
item-prb-011-region-catalogue = Le lien « Course catalogue ».
item-prb-011-region-certificates = Le lien « Certificates ».
item-prb-011-region-forum = Le lien « Forum ».
item-prb-011-region-profile = Votre photo de profil en haut à droite.

# prb-012
item-prb-012-prompt = Vous voulez suivre un cours gratuit en ligne. Placez les étapes dans le bon ordre.
item-prb-012-opt-a = Commencez la leçon 1.
item-prb-012-opt-b = Créez un compte avec votre adresse courriel.
item-prb-012-opt-c = Ouvrez le site Web du cours.
item-prb-012-opt-d = Tapez le code envoyé à votre courriel pour confirmer votre compte.

# prb-013
item-prb-013-prompt = Vous cherchez des emplois sur le Guichet-Emplois. Vous voulez seulement des emplois près de chez vous. Qu'utilisez-vous?
item-prb-013-opt-a = Le bouton « Sort by date ».
item-prb-013-opt-b = La case « Location » : vous tapez votre ville ou votre code postal.
item-prb-013-opt-c = Le bouton « Print ».

# prb-014
item-prb-014-prompt = Voici une offre d'emploi. Touchez l'endroit où vous trouvez comment postuler.
item-prb-014-region-title = Le titre du poste : « Warehouse worker ».
item-prb-014-region-salary = Le salaire : 19,50 $ l'heure.
item-prb-014-region-howto = La section « How to apply ».
item-prb-014-region-save = Le bouton « Save to favourites ».
item-prb-014-region-report = Le lien « Report a problem ».

# prb-015
item-prb-015-prompt = Une grande entreprise fait lire les CV par un système informatique avant qu'une personne les voie. Quel CV a les meilleures chances?
item-prb-015-opt-a = Une photo de votre CV papier.
item-prb-015-opt-b = Une mise en page simple, avec des titres de section habituels et des mots tirés de l'offre d'emploi, dans le type de fichier demandé.
item-prb-015-opt-c = Une présentation avec beaucoup de tableaux, d'images et de polices décoratives.
item-prb-015-opt-d = Le même CV général pour tous les emplois, sans mots tirés de l'offre.

# prb-016
item-prb-016-prompt = Dans ce site d'emploi d'exercice, postulez à l'emploi : téléversez votre CV, écrivez un court message à l'employeur, puis touchez « Submit ».
item-prb-016-cat-0 = La candidature n'a pas été envoyée.
item-prb-016-cat-1 = La candidature a été envoyée après un indice.
item-prb-016-cat-2 = La candidature a été envoyée sans aide.

# prb-017
item-prb-017-prompt = Dans ce site de profil professionnel d'exercice, écrivez un titre pour votre profil, ajoutez votre dernier emploi avec ses dates et vos compétences, ajoutez un lien vers votre portfolio d'exemples de travail, puis rendez le profil visible aux recruteurs.
item-prb-017-cat-0 = Le profil n'a pas été complété.
item-prb-017-cat-1 = Le profil a été complété après un indice.
item-prb-017-cat-2 = Le profil a été complété sans aide.
