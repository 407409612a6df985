# Item messages: access questionnaire (English)

item-acc-001-prompt = Which device do you use most often?
item-acc-001-opt-a = My own smartphone
item-acc-001-opt-b = A phone I share with other people
item-acc-001-opt-c = A tablet
item-acc-001-opt-d = A computer
item-acc-001-opt-e = I do not have a device

item-acc-002-prompt = How do you connect to the internet most of the time?
item-acc-002-opt-a = With Wi-Fi at home
item-acc-002-opt-b = Only with mobile data on my phone
item-acc-002-opt-c = Only with free public Wi-Fi, like at the library
item-acc-002-opt-d = I do not have internet

item-acc-003-prompt = Do you have an email address?
item-acc-003-opt-a = Yes
item-acc-003-opt-b = No
item-acc-003-opt-c = I am not sure

item-acc-004-prompt = Can you read in your first language?
item-acc-004-opt-a = Yes, easily
item-acc-004-opt-b = A little
item-acc-004-opt-c = No

item-acc-005-prompt = What helps you most when you use a phone or a computer?
item-acc-005-opt-a = Nothing extra, I am fine
item-acc-005-opt-b = Larger text
item-acc-005-opt-c = Hearing the words read out loud
item-acc-005-opt-d = Help from a person

item-acc-006-prompt = How do you prefer to get help from our services?
item-acc-006-opt-a = In person
item-acc-006-opt-b = By phone call
item-acc-006-opt-c = By WhatsApp voice message
item-acc-006-opt-d = By video call
item-acc-006-opt-e = By email
