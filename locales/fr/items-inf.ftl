# Messages des items : INF (français)

item-inf-001-prompt = Vous voulez trouver une adresse sur la carte. Touchez l'endroit où on écrit l'adresse.
item-inf-001-region-search = La longue barre blanche en haut, avec une loupe
item-inf-001-region-layers = Le petit bouton avec des carrés empilés, sous la barre, à droite
item-inf-001-region-map = Le milieu de la carte
item-inf-001-region-location = Le bouton rond avec une cible, à droite
item-inf-001-region-directions = Le bouton bleu avec une flèche, en bas à droite

item-inf-002-prompt = Vous cherchez les heures d'ouverture du bureau de Service Canada à Winnipeg. Qu'écrivez-vous dans la boîte de recherche?
item-inf-002-opt-a = bureau aide s'il vous plaît
item-inf-002-opt-b = heures
item-inf-002-opt-c = Canada
item-inf-002-opt-d = Service Canada Winnipeg heures d'ouverture

item-inf-003-prompt = Sur le site Web du conseil scolaire, utilisez la boîte de recherche du site pour trouver la page sur l'horaire des autobus scolaires.
item-inf-003-cat-0 = Non réussi
item-inf-003-cat-1 = Réussi après un indice
item-inf-003-cat-2 = Réussi sans aide

item-inf-004-prompt = Vous voulez des résultats de recherche sur les permis de travail qui viennent seulement des sites Web du gouvernement du Canada. Quelle recherche est la meilleure?
item-inf-004-opt-a = permis de travail site:canada.ca
item-inf-004-opt-b = permis de travail canada.ca seulement svp
item-inf-004-opt-c = site permis de travail gouvernement
item-inf-004-opt-d = permis de travail -canada.ca

item-inf-005-prompt = Quel bouton fait lire le texte à voix haute par le téléphone?
item-inf-005-opt-a = Une poubelle.
item-inf-005-opt-b = Un haut-parleur avec des ondes sonores.
item-inf-005-opt-c = Un cadenas.
item-inf-005-opt-d = Une étoile.

item-inf-006-prompt = Placez les étapes dans l'ordre pour traduire une lettre papier avec l'appareil photo de votre téléphone.
item-inf-006-opt-a = Pointez l'appareil photo vers la lettre.
item-inf-006-opt-b = Ouvrez l'application de traduction.
item-inf-006-opt-c = Lisez ou écoutez la traduction.
item-inf-006-opt-d = Touchez Camera dans l'application.

item-inf-007-prompt = Vous recevez une lettre d'IRCC en fichier PDF. Vous devez l'imprimer avant de pouvoir la lire. Vrai ou faux?

item-inf-008-prompt = Cette page Web est en anglais. Touchez le bouton qui traduit la page dans votre langue.
item-inf-008-region-home = Le bouton en forme de maison, tout à gauche de la barre d'adresse
item-inf-008-region-refresh = La flèche circulaire, à gauche de la barre d'adresse
item-inf-008-region-translate = Le bouton avec une lettre A et un caractère chinois, dans la barre d'adresse
item-inf-008-region-bookmark = L'étoile au bout de la barre d'adresse
item-inf-008-region-tabs = Le carré avec un chiffre, en haut à droite

item-inf-009-prompt = Vous avez cherché comment renouveler votre carte de résident permanent. Touchez le résultat officiel du gouvernement du Canada.
item-inf-009-region-ad = Le premier résultat, marqué Sponsored, du site prcard-fast-renewal.com
item-inf-009-region-official = Le deuxième résultat, du site canada.ca
item-inf-009-region-forum = Le troisième résultat, d'un forum de discussion
item-inf-009-region-video = Le quatrième résultat, une vidéo d'une chaîne de médias sociaux

item-inf-010-prompt = Vous demandez à un agent conversationnel d'IA comment demander l'Allocation canadienne pour enfants. Il vous donne une liste d'étapes. Que devriez-vous faire?
item-inf-010-opt-a = Suivre les étapes. Les réponses de l'IA sont toujours exactes.
item-inf-010-opt-b = Vérifier les étapes sur canada.ca ou avec un intervenant en établissement avant de faire la demande.
item-inf-010-opt-c = Donner votre numéro d'assurance sociale à l'agent pour qu'il fasse la demande à votre place.
item-inf-010-opt-d = N'utiliser aucune information trouvée sur Internet.

item-inf-011-prompt = Une vidéo en ligne montre le premier ministre qui dit que tous les nouveaux arrivants auront des billets d'avion gratuits pour rentrer chez eux. Elle vient d'un compte inconnu, la voix ressemble un peu à celle d'un robot, et aucun site de nouvelles n'en parle. Qu'est-ce que cette vidéo est probablement?
item-inf-011-opt-a = Une vraie annonce que les médias n'ont pas remarquée.
item-inf-011-opt-b = Une fausse vidéo créée avec l'IA, qu'on appelle un hypertrucage (deepfake).
item-inf-011-opt-c = Une vidéo officielle du gouvernement du Canada.
item-inf-011-opt-d = Une diffusion en direct du Parlement.

item-inf-012-prompt = Un agent conversationnel d'IA vous dit qu'une nouvelle règle permet aux réfugiés de demander la citoyenneté après un an au Canada. Il donne un lien comme source. Vous ouvrez le lien, et la page ne dit pas cela. Quelle est la meilleure conclusion?
item-inf-012-opt-a = La règle est vraie, parce que l'agent a donné une source.
item-inf-012-opt-b = La page Web est vieille, donc l'agent a raison.
item-inf-012-opt-c = L'agent a probablement fait une erreur. Il faut vérifier la règle sur le site Web d'IRCC.
item-inf-012-opt-d = Il faut redemander à l'agent. S'il répète la même chose, c'est vrai.

item-inf-013-prompt = Un article dit que les nouveaux arrivants qui utilisent l'application JobFast trouvent du travail deux fois plus vite. L'étude a été faite par l'entreprise qui crée JobFast, auprès de personnes qui ont choisi d'utiliser l'application. Quelle est la principale faiblesse de cette affirmation?
item-inf-013-opt-a = L'application n'est peut-être pas offerte dans toutes les provinces.
item-inf-013-opt-b = L'étude ne dit pas de quels pays viennent les nouveaux arrivants.
item-inf-013-opt-c = L'article ne donne pas le nombre exact de jours qu'il a fallu pour trouver du travail.
item-inf-013-opt-d = L'entreprise qui crée l'application a fait l'étude, et les personnes qui ont choisi l'application cherchaient peut-être déjà un emploi plus activement.

item-inf-014-prompt = Un fichier nommé scan001.pdf est plus facile à retrouver plus tard qu'un fichier nommé Bail-2025-appartement.pdf. Vrai ou faux?

item-inf-015-prompt = Placez les étapes dans l'ordre pour enregistrer une lettre PDF reçue par courriel dans votre dossier Documents.
item-inf-015-opt-a = Touchez Download.
item-inf-015-opt-b = Ouvrez le courriel.
item-inf-015-opt-c = Ouvrez l'application Files (Fichiers) et déplacez le PDF dans le dossier Documents.
item-inf-015-opt-d = Touchez la pièce jointe PDF.

item-inf-016-prompt = Créez un nouveau dossier appelé Immigration. Ensuite, déplacez-y les deux lettres d'IRCC.
item-inf-016-cat-0 = Non réussi
item-inf-016-cat-1 = Réussi après un indice
item-inf-016-cat-2 = Réussi sans aide

item-inf-017-prompt = Vous conservez des copies numérisées des documents d'immigration et d'identité de votre famille, et vous en aurez besoin pendant de nombreuses années. Quel plan les protège le mieux contre la perte et contre les autres personnes?
item-inf-017-opt-a = Garder une seule copie, dans la galerie photo du téléphone, pour l'avoir toujours sur vous.
item-inf-017-opt-b = Garder une copie dans un compte en nuage protégé par la validation en deux étapes, et une deuxième copie sur une clé USB rangée à la maison.
item-inf-017-opt-c = Envoyer les copies par courriel à vous-même et à plusieurs proches, pour que beaucoup de gens en aient une.
item-inf-017-opt-d = Les garder dans une conversation de groupe privée avec la famille, où vous pouvez les retrouver en remontant le fil.
