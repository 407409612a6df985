# Item messages: start question of the access questionnaire — Expérience (français, brouillon automatique)

item-acc-101-prompt = Comment utilisez-vous un téléphone ou un ordinateur aujourd'hui?
item-acc-101-opt-a = Je n'en ai jamais utilisé.
item-acc-101-opt-b = Seulement avec quelqu'un qui m'aide.
item-acc-101-opt-c = Seul, pour les appels, les messages et les photos.
item-acc-101-opt-d = Seul, pour beaucoup de choses : courriels, formulaires, applications, Internet.

# The access-profile field the question fills (assessor reports).
access-field-experience = Expérience des appareils
