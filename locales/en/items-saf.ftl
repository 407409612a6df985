## Items: SAF, Safety, privacy, well-being (prompts, options, regions, task categories)

# saf-001
item-saf-001-prompt = Which phone is the safest if you lose it?
item-saf-001-opt-a = A phone with its PIN written on a sticker on the back.
item-saf-001-opt-b = A phone that opens with a simple swipe.
item-saf-001-opt-c = A phone that asks for a PIN or your fingerprint to open.

# saf-002
item-saf-002-prompt = Which password is the strongest?
item-saf-002-opt-a = 123456
item-saf-002-opt-b = Amina1990
item-saf-002-opt-c = river-lamp-orange-47
item-saf-002-opt-d = password

# saf-003
item-saf-003-prompt = When your phone says that an update is ready, it is better never to install it. True or false?

# saf-004
item-saf-004-prompt = You live in Calgary. You use only your Android phone and your Windows laptop. This list shows the recent sign-ins to your email account. Tap the sign-in that was probably not you.
item-saf-004-region-row1 = Today, 9:12 a.m., Android phone, Calgary, Alberta.
item-saf-004-region-row2 = Today, 3:47 a.m., unknown Linux computer, Rotterdam, Netherlands.
item-saf-004-region-row3 = Yesterday, 8:05 p.m., Windows laptop, Calgary, Alberta.
item-saf-004-region-row4 = Monday, 7:30 a.m., Android phone, Calgary, Alberta.
item-saf-004-region-secure = The button Secure your account.

# saf-005
item-saf-005-prompt = In this practice password manager, make a strong new password for your school portal account, save it with the portal's web address, then lock the manager.
item-saf-005-cat-0 = Not done.
item-saf-005-cat-1 = Done after a hint.
item-saf-005-cat-2 = Done without help.

# saf-006
item-saf-006-prompt = You keep all your passwords in a password manager. What protects it best?
item-saf-006-opt-a = The master password saved in a note on your phone.
item-saf-006-opt-b = The same master password as your email, so you do not forget it.
item-saf-006-opt-c = A long master password that you use nowhere else, and two-step verification on the manager.
item-saf-006-opt-d = Auto-lock turned off, so you do not have to type the master password often.

# saf-007
item-saf-007-prompt = Which photo should you never post online?
item-saf-007-opt-a = A photo of the letter with your social insurance number.
item-saf-007-opt-b = A photo of a park.
item-saf-007-opt-c = A photo of your meal.

# saf-008
item-saf-008-prompt = An online shop asks for your social insurance number to deliver your order. You should give it. True or false?

# saf-009
item-saf-009-prompt = You install a flashlight app. It asks to see your contacts and your location. What do you tap?
item-saf-009-opt-a = Allow: you say yes.
item-saf-009-opt-b = Don't allow: you say no.
item-saf-009-opt-c = Allow all the time: you always say yes.

# saf-010
item-saf-010-prompt = You want a shopping app to stop seeing where you are. Put the steps in order.
item-saf-010-opt-a = Tap Permissions.
item-saf-010-opt-b = Open Settings.
item-saf-010-opt-c = Tap Location, then Don't allow.
item-saf-010-opt-d = Tap Apps and choose the shopping app.

# saf-011
item-saf-011-prompt = A photo-editing app only needs the photos you choose. Its permissions are: Photos, all photos; Location, always; Contacts, allowed; Microphone, allowed. What is the best setting?
item-saf-011-opt-a = Allow everything, but only while you use the app.
item-saf-011-opt-b = Keep everything as it is, because the app is free.
item-saf-011-opt-c = Turn off Photos and keep Location: always.
item-saf-011-opt-d = Photos: selected photos only. Turn off Location, Contacts and Microphone.

# saf-012
item-saf-012-prompt = Listen to this phone call: This is the Canada Revenue Agency. You owe taxes. Pay today with gift cards, or the police will arrest you. What is this call?
item-saf-012-opt-a = A real call from the police: you give your address.
item-saf-012-opt-b = A real call from the government: you pay with gift cards.
item-saf-012-opt-c = A scam: you hang up.

# saf-013
item-saf-013-prompt = Your bank is Maple Bank, and its website is maplebank.ca. This email looks real. Tap the part that shows it is not from your bank.
item-saf-013-region-logo = The Maple Bank logo.
item-saf-013-region-sender = The sender: alerts@maplebank.ca-secure-login.com
item-saf-013-region-greeting = The greeting: Hello Amina.
item-saf-013-region-message = The message: We noticed a new sign-in. Please review your account.
item-saf-013-region-button = The button Review account.

# saf-014
item-saf-014-prompt = You get a WhatsApp message: Work from home, 400 dollars a day, no interview. Send 50 dollars for your training kit. What is this?
item-saf-014-opt-a = Probably a scam: do not pay and do not answer.
item-saf-014-opt-b = A good job: send the 50 dollars quickly.
item-saf-014-opt-c = A real job offer from Job Bank.

# saf-015
item-saf-015-prompt = A QR code on a sticker in a parking lot always opens the real payment website. True or false?

# saf-016
item-saf-016-prompt = Your phone rings from an unknown number. You hear your son's voice, crying: I had an accident. Send me 2,000 dollars by e-Transfer now. Don't tell anyone. What is the safest thing to do?
item-saf-016-opt-a = Hang up and call your son back on his usual number.
item-saf-016-opt-b = Call back the number that just called you, to check.
item-saf-016-opt-c = Ask the caller to say his date of birth.
item-saf-016-opt-d = Send the money, because it is really his voice.

# saf-017
item-saf-017-prompt = You sell a phone online. The buyer sends you an email that looks like it comes from Interac: The payment of 300 dollars is on hold. It will be released when you send the buyer 100 dollars for shipping. What is true?
item-saf-017-opt-a = You must send the 100 dollars to receive the 300 dollars.
item-saf-017-opt-b = Interac never holds a payment until you pay someone. The email is fake: check in your bank app.
item-saf-017-opt-c = The email is real because it has the Interac logo.
item-saf-017-opt-d = You must reply to the email with your bank password to release the money.

# saf-018
item-saf-018-prompt = You want to limit games on your child's tablet to one hour a day. Put the steps in order.
item-saf-018-opt-a = Tap Screen Time.
item-saf-018-opt-b = Choose Games, set 1 hour, and tap Add.
item-saf-018-opt-c = Open Settings.
item-saf-018-opt-d = Tap App Limits, then Add Limit.

# saf-019
item-saf-019-prompt = Someone sends you insulting messages in this practice social media app. Block this person and report the messages.
item-saf-019-cat-0 = Not done.
item-saf-019-cat-1 = Done after a hint.
item-saf-019-cat-2 = Done without help.
