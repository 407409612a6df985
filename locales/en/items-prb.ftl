## Items: PRB, Problem solving, learning, work (prompts, options, regions, task categories)

# prb-001
item-prb-001-prompt = Your phone is very slow and an app is frozen. What do you try first?
item-prb-001-opt-a = Buy a new phone.
item-prb-001-opt-b = Delete all your photos.
item-prb-001-opt-c = Restart the phone.

# prb-002
item-prb-002-prompt = In a video call, people cannot hear you. This screen shows the app's permissions. Tap the one you must change.
item-prb-002-region-camera = Camera: Allowed.
item-prb-002-region-microphone = Microphone: Not allowed.
item-prb-002-region-location = Location: Not allowed.
item-prb-002-region-notifications = Notifications: Allowed.
item-prb-002-region-contacts = Contacts: Allowed.

# prb-003
item-prb-003-prompt = Your phone says Storage full. Deleting old videos that are already saved in the cloud can free up space. True or false?

# prb-004
item-prb-004-prompt = At home, the internet does not work on your phone. Put these steps in order, from the first thing to try to the last.
item-prb-004-opt-a = Unplug the modem, wait 30 seconds, and plug it back in.
item-prb-004-opt-b = Check that Wi-Fi is on and connected to your home network.
item-prb-004-opt-c = Call your internet provider.
item-prb-004-opt-d = Turn Wi-Fi off and on again on your phone.

# prb-005
item-prb-005-prompt = An app shows an error message with the code E-403, and you do not understand it. What is a good way to find help?
item-prb-005-opt-a = Search for the app's name with the error code, or read the app's official help page.
item-prb-005-opt-b = Call a phone number that appears in a pop-up ad.
item-prb-005-opt-c = Give your password to a stranger in an online group who offers to fix it.

# prb-006
item-prb-006-prompt = You got a letter in English from your child's school, and you do not understand it. Which tool helps you most?
item-prb-006-opt-a = The calculator.
item-prb-006-opt-b = A translation app that uses the camera.
item-prb-006-opt-c = The map app.

# prb-007
item-prb-007-prompt = An AI chat assistant is always right about laws and immigration rules. True or false?

# prb-008
item-prb-008-prompt = You ask an AI chat assistant when you must file your income tax return. It gives you a date. What should you do?
item-prb-008-opt-a = Ask the same question again. If the answer is the same, it is true.
item-prb-008-opt-b = Trust the date, because the government checks AI answers.
item-prb-008-opt-c = Check the date on the official Canada Revenue Agency page on canada.ca.

# prb-009
item-prb-009-prompt = An AI assistant explains your rights as a tenant and says: see section 99 of the Residential Tenancies Act. You open the law, and section 99 is about something else. What does this tell you?
item-prb-009-opt-a = The AI can invent or mix up sources. Check the official text or ask a tenant help service.
item-prb-009-opt-b = The law on the government website must be out of date, so follow the AI.
item-prb-009-opt-c = The rest of the AI answer is surely correct; only the number is wrong.
item-prb-009-opt-d = Ask the AI if it is sure. If it says yes, you can trust it.

# prb-010
item-prb-010-prompt = You want to learn how to use email. Where can you get free help?
item-prb-010-opt-a = At the public library or at a settlement agency.
item-prb-010-opt-b = From a person who writes to you online and asks for your password.
item-prb-010-opt-c = From an ad that asks you to pay with gift cards.

# prb-011
item-prb-011-prompt = You started an online course last week. Tap where you continue your lesson.
item-prb-011-region-resume = The button Resume lesson 3.
item-prb-011-region-catalogue = The link Course catalogue.
item-prb-011-region-certificates = The link Certificates.
item-prb-011-region-forum = The link Forum.
item-prb-011-region-profile = Your profile picture at the top right.

# prb-012
item-prb-012-prompt = You want to take a free online course. Put the steps in order.
item-prb-012-opt-a = Start lesson 1.
item-prb-012-opt-b = Create an account with your email address.
item-prb-012-opt-c = Open the course website.
item-prb-012-opt-d = Type the code sent to your email to confirm your account.

# prb-013
item-prb-013-prompt = You are looking for jobs on Job Bank. You want only jobs near your home. What do you use?
item-prb-013-opt-a = The button Sort by date.
item-prb-013-opt-b = The Location box: you type your city or postal code.
item-prb-013-opt-c = The button Print.

# prb-014
item-prb-014-prompt = This is a job posting. Tap where you find out how to apply.
item-prb-014-region-title = The job title: Warehouse worker.
item-prb-014-region-salary = The salary: 19 dollars and 50 cents an hour.
item-prb-014-region-howto = The section How to apply.
item-prb-014-region-save = The button Save to favourites.
item-prb-014-region-report = The link Report a problem.

# prb-015
item-prb-015-prompt = A big company has a computer system read the résumés before a person sees them. Which résumé has the best chance?
item-prb-015-opt-a = A photo of your paper résumé.
item-prb-015-opt-b = A simple layout with usual section titles and words from the job posting, in the file type they ask for.
item-prb-015-opt-c = A design with many tables, pictures and fancy fonts.
item-prb-015-opt-d = The same general résumé for every job, with no words from the posting.

# prb-016
item-prb-016-prompt = In this practice job site, apply for the job: upload your résumé, write a short message to the employer, and tap Submit.
item-prb-016-cat-0 = The application was not sent.
item-prb-016-cat-1 = The application was sent after a hint.
item-prb-016-cat-2 = The application was sent without help.

# prb-017
item-prb-017-prompt = In this practice professional profile site, write a headline for your profile, add your last job with its dates and skills, add a link to your portfolio of work samples, and make the profile visible to recruiters.
item-prb-017-cat-0 = The profile was not completed.
item-prb-017-cat-1 = The profile was completed after a hint.
item-prb-017-cat-2 = The profile was completed without help.
