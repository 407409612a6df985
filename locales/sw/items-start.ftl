# Item messages: start question of the access questionnaire — Uzoefu (Kiswahili, rasimu ya mashine)

item-acc-101-prompt = Leo unatumiaje simu au kompyuta?
item-acc-101-opt-a = Sijawahi kutumia.
item-acc-101-opt-b = Ninapomsaidiwa na mtu tu.
item-acc-101-opt-c = Mwenyewe, kwa simu, ujumbe na picha.
item-acc-101-opt-d = Mwenyewe, kwa mambo mengi: barua pepe, fomu, programu, intaneti.

# The access-profile field the question fills (assessor reports).
access-field-experience = Uzoefu wa vifaa
