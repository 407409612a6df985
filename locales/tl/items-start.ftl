# Item messages: start question of the access questionnaire — Karanasan (Tagalog, awtomatikong burador)

item-acc-101-prompt = Paano ninyo ginagamit ang telepono o computer ngayon?
item-acc-101-opt-a = Hindi pa ako nakagamit nito.
item-acc-101-opt-b = Kapag may tumutulong lang sa akin.
item-acc-101-opt-c = Mag-isa, para sa tawag, mensahe at litrato.
item-acc-101-opt-d = Mag-isa, para sa maraming bagay: email, form, app, internet.

# The access-profile field the question fills (assessor reports).
access-field-experience = Karanasan sa mga device
