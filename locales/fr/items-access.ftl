# Messages des items : access questionnaire (français)

item-acc-001-prompt = Quel appareil utilisez-vous le plus souvent?
item-acc-001-opt-a = Mon propre téléphone intelligent
item-acc-001-opt-b = Un téléphone que je partage avec d'autres personnes
item-acc-001-opt-c = Une tablette
item-acc-001-opt-d = Un ordinateur
item-acc-001-opt-e = Je n'ai pas d'appareil

item-acc-002-prompt = Comment vous connectez-vous à Internet la plupart du temps?
item-acc-002-opt-a = Avec le Wi-Fi à la maison
item-acc-002-opt-b = Seulement avec les données cellulaires de mon téléphone
item-acc-002-opt-c = Seulement avec le Wi-Fi public gratuit, comme à la bibliothèque
item-acc-002-opt-d = Je n'ai pas Internet

item-acc-003-prompt = Avez-vous une adresse courriel?
item-acc-003-opt-a = Oui
item-acc-003-opt-b = Non
item-acc-003-opt-c = Je ne sais pas

item-acc-004-prompt = Pouvez-vous lire dans votre langue maternelle?
item-acc-004-opt-a = Oui, facilement
item-acc-004-opt-b = Un peu
item-acc-004-opt-c = Non

item-acc-005-prompt = Qu'est-ce qui vous aide le plus quand vous utilisez un téléphone ou un ordinateur?
item-acc-005-opt-a = Rien de plus, ça va
item-acc-005-opt-b = Un texte plus gros
item-acc-005-opt-c = Entendre les mots lus à voix haute
item-acc-005-opt-d = L'aide d'une personne

item-acc-006-prompt = Comment préférez-vous recevoir l'aide de nos services?
item-acc-006-opt-a = En personne
item-acc-006-opt-b = Par appel téléphonique
item-acc-006-opt-c = Par message vocal WhatsApp
item-acc-006-opt-d = Par appel vidéo
item-acc-006-opt-e = Par courriel
