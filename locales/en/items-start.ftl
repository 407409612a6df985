# Item messages: start question of the access questionnaire — Experience (English)

item-acc-101-prompt = How do you use a phone or computer today?
item-acc-101-opt-a = I have never used one.
item-acc-101-opt-b = Only with someone helping me.
item-acc-101-opt-c = On my own, for calls, messages and photos.
item-acc-101-opt-d = On my own, for many things: email, forms, apps, the internet.

# The access-profile field the question fills (assessor reports).
access-field-experience = Experience with devices
