# Item messages: start question of the access questionnaire — Досвід (українська, машинна чернетка)

item-acc-101-prompt = Як ви сьогодні користуєтеся телефоном або комп'ютером?
item-acc-101-opt-a = Я ніколи ними не користувався.
item-acc-101-opt-b = Тільки з допомогою іншої людини.
item-acc-101-opt-c = Сам, для дзвінків, повідомлень і фото.
item-acc-101-opt-d = Сам, для багатьох справ: пошта, форми, застосунки, інтернет.

# The access-profile field the question fills (assessor reports).
access-field-experience = Досвід користування пристроями
