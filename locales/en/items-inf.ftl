# Item messages: INF (English)

item-inf-001-prompt = You want to find an address on the map. Tap the place where you type the address.
item-inf-001-region-search = The long white bar at the top, with a magnifying glass
item-inf-001-region-layers = The small button with stacked squares, under the bar on the right
item-inf-001-region-map = The middle of the map
item-inf-001-region-location = The round button with a target, on the right
item-inf-001-region-directions = The blue button with an arrow, bottom right

item-inf-002-prompt = You need the opening hours of the Service Canada office in Winnipeg. What do you type in the search box?
item-inf-002-opt-a = office help please
item-inf-002-opt-b = hours
item-inf-002-opt-c = Canada
item-inf-002-opt-d = Service Canada Winnipeg hours

item-inf-003-prompt = On the school board website, use the website's own search box to find the page about school bus times.
item-inf-003-cat-0 = Not solved
item-inf-003-cat-1 = Solved after a hint
item-inf-003-cat-2 = Solved alone

item-inf-004-prompt = You want search results about work permits only from Government of Canada websites. Which search is best?
item-inf-004-opt-a = work permit site:canada.ca
item-inf-004-opt-b = work permit canada.ca only please
item-inf-004-opt-c = site work permit government
item-inf-004-opt-d = work permit -canada.ca

item-inf-005-prompt = Which button makes the phone read the text out loud to you?
item-inf-005-opt-a = A trash can.
item-inf-005-opt-b = A speaker with sound waves.
item-inf-005-opt-c = A lock.
item-inf-005-opt-d = A star.

item-inf-006-prompt = Put the steps in order to translate a paper letter with your phone camera.
item-inf-006-opt-a = Point the camera at the letter.
item-inf-006-opt-b = Open the translation app.
item-inf-006-opt-c = Read or listen to the translation.
item-inf-006-opt-d = Tap Camera in the app.

item-inf-007-prompt = You get a letter from IRCC as a PDF file. You must print it before you can read it. True or false?

item-inf-008-prompt = This web page is in English. Tap the button that translates the page into your language.
item-inf-008-region-home = The house button, far left of the address bar
item-inf-008-region-refresh = The round arrow, left of the address bar
item-inf-008-region-translate = The button with a letter A and a Chinese character, inside the address bar
item-inf-008-region-bookmark = The star at the end of the address bar
item-inf-008-region-tabs = The square with a number, top right

item-inf-009-prompt = You searched for how to renew your permanent resident card. Tap the official Government of Canada result.
item-inf-009-region-ad = The first result, marked Sponsored, from prcard-fast-renewal.com
item-inf-009-region-official = The second result, from canada.ca
item-inf-009-region-forum = The third result, from a discussion forum
item-inf-009-region-video = The fourth result, a video from a social media channel

item-inf-010-prompt = You ask an AI chatbot how to apply for the Canada Child Benefit. It gives you a list of steps. What should you do?
item-inf-010-opt-a = Follow the steps. AI answers are always right.
item-inf-010-opt-b = Check the steps on canada.ca or with a settlement worker before you apply.
item-inf-010-opt-c = Give the chatbot your Social Insurance Number so it can apply for you.
item-inf-010-opt-d = Do not use any information from the internet.

item-inf-011-prompt = A video online shows the Prime Minister saying that all newcomers will get free flights home. It comes from an unknown account, the voice sounds a little like a robot, and no news website reports it. What is this video most likely?
item-inf-011-opt-a = A real announcement that the news missed.
item-inf-011-opt-b = A fake video made with AI, called a deepfake.
item-inf-011-opt-c = An official video from the Government of Canada.
item-inf-011-opt-d = A live broadcast from Parliament.

item-inf-012-prompt = An AI chatbot tells you that a new rule lets refugees apply for citizenship after one year in Canada. It gives a link as its source. You open the link, and the page does not say this. What is the best conclusion?
item-inf-012-opt-a = The rule is true, because the chatbot gave a source.
item-inf-012-opt-b = The web page is old, so the chatbot is right.
item-inf-012-opt-c = The chatbot probably made a mistake. Check the rule on the IRCC website.
item-inf-012-opt-d = Ask the chatbot again. If it says the same thing twice, it is true.

item-inf-013-prompt = An article says that newcomers who use the JobFast app find work twice as fast. The study was done by the company that makes JobFast, with people who chose to use the app. What is the main weakness of this claim?
item-inf-013-opt-a = The app may not be available in every province.
item-inf-013-opt-b = The study does not say which countries the newcomers come from.
item-inf-013-opt-c = The article does not give the exact number of days people took to find work.
item-inf-013-opt-d = The company that makes the app ran the study, and people who chose the app may already be more active job seekers.

item-inf-014-prompt = A file named scan001.pdf is easier to find later than a file named Lease-2025-apartment.pdf. True or false?

item-inf-015-prompt = Put the steps in order to save a PDF letter from an email into your Documents folder.
item-inf-015-opt-a = Tap Download.
item-inf-015-opt-b = Open the email.
item-inf-015-opt-c = Open the Files app and move the PDF to the Documents folder.
item-inf-015-opt-d = Tap the PDF attachment.

item-inf-016-prompt = Make a new folder called Immigration. Then move the two letters from IRCC into it.
item-inf-016-cat-0 = Not solved
item-inf-016-cat-1 = Solved after a hint
item-inf-016-cat-2 = Solved alone

item-inf-017-prompt = You keep scans of your family's immigration and identity documents, and you will need them for many years. Which plan protects them best from loss and from other people?
item-inf-017-opt-a = Keep only one copy, in the phone's photo gallery, so it is always with you.
item-inf-017-opt-b = Keep a copy in a cloud account protected by two-step verification, and a second copy on a USB key kept at home.
item-inf-017-opt-c = Email the scans to yourself and to several relatives, so that many people have a copy.
item-inf-017-opt-d = Keep them in a private family group chat, where you can find them by scrolling up.
