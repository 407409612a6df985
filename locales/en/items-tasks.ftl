# Item messages: Observed and mock-app tasks, scored not solved / solved after a hint / solved alone (English)

item-dev-301-prompt = Turn the phone on.

item-dev-302-prompt = Plug the charger into the phone.

item-dev-303-prompt = Make the sound louder.

item-com-301-prompt = The phone is ringing. Answer the call.

item-com-302-prompt = End the call.

item-cre-301-prompt = Take a photo of the table.

item-dev-304-prompt = Open the photos and show me the last photo.

item-com-303-prompt = Play the voice message your friend sent.

item-dev-305-prompt = Unlock the phone with its PIN code.

item-dev-306-prompt = Open the clock app from the home screen.

item-com-304-prompt = Call the contact named Amal from your contacts list.

item-dev-307-prompt = You are in an app. Go back to the home screen.

item-com-305-prompt = Record a short voice message and send it to Amal.

item-dev-308-prompt = Put the phone on silent.

item-com-306-prompt = Make a video call to Amal.

item-com-307-prompt = Send the last photo to Amal in a chat.

item-dev-309-prompt = Join the Wi-Fi network named Library. The password is on the card.

item-inf-301-prompt = Open the link Amal sent you in the chat.

item-inf-302-prompt = Find the public library on the map and start walking directions.

item-srv-301-prompt = Fill in your name and phone number in the form and press Submit.

item-com-308-prompt = Write an email to the teacher, attach the photo of the form, and send it.

item-srv-302-prompt = Create an account on the practice site. Use the code sent by text message to finish.

item-com-309-prompt = Join the practice video class with the link, then mute and unmute your microphone.

item-saf-301-prompt = Change the settings so that only your friends can see your posts.

item-srv-303-prompt = Take a photo of the practice ID card and upload it to the form.

item-srv-304-prompt = Turn on two-step verification for the practice email account.

item-com-310-prompt = Share the practice file with Amal so she can view it but not change it.

item-cre-302-prompt = In the document, make a table with three columns: date, place, time.

item-cre-303-prompt = Save the practice document as a PDF file.

item-prb-301-prompt = The phone will not connect to the saved Wi-Fi. Forget the network and join it again.

item-cre-304-prompt = In the practice spreadsheet, add up the column of prices with a formula.

item-com-311-prompt = Set an automatic out-of-office reply for next week in the practice email.

item-cre-305-prompt = In the practice budget spreadsheet, write one formula that multiplies each amount by the tax rate in cell E1, and copy it down the column.

item-saf-302-prompt = Install the practice password manager, save a new login in it, and let it create a strong password.

item-cre-306-prompt = Make a letter for 20 clients from one template and the practice list of names and addresses (mail merge).

item-com-312-prompt = Create a shared team calendar. Give two colleagues the right to add events and one only the right to view.

item-cre-307-prompt = Make the practice report accessible: use heading styles, add alt text to the picture, and fix what the accessibility checker finds.

item-inf-303-prompt = Restore yesterday's version of the practice document from its version history.

item-cre-308-prompt = From the practice sales list, make a pivot table that shows the total for each month.

item-dev-310-prompt = On the practice router page, turn on a guest Wi-Fi network with its own password.

item-saf-303-prompt = Before you share the practice photo, check whether it holds location data and remove it.

item-inf-304-prompt = Find where the practice news photo first appeared, using a reverse image search.

item-prb-302-prompt = Apply to the practice job posting: adapt your résumé to its keywords, upload it as a PDF, and submit.

item-prb-303-prompt = Use the practice AI assistant to draft a short letter to a landlord, then check and correct every fact in it.

item-dev-311-prompt = Make the text on the phone bigger in the settings.

item-dev-312-prompt = Find the practice file you just downloaded and open it.

item-dev-313-prompt = Copy the address from the message and paste it into the map search.

item-saf-304-prompt = Set a screen lock with a PIN on the practice phone.

item-prb-304-prompt = The practice app is frozen. Close it completely and open it again.

item-inf-305-prompt = Open the practice web page in English and have the browser translate it into your language.

item-srv-305-prompt = In the practice banking app, send $20 by e-Transfer to Amal's email address.

item-prb-305-prompt = Find a short video that shows how to attach a file to an email, in your language.

item-prb-306-prompt = On the practice job site, create an alert for cook jobs in your city.

item-srv-306-prompt = In the practice health portal, book the first free appointment next week and add it to your phone calendar.

item-saf-305-prompt = Run the privacy checkup of the practice account and turn off ad personalisation and location history.

item-saf-306-prompt = In the practice inbox, find the phishing email, report it as phishing, and block the sender.

item-saf-307-prompt = On the practice tablet, set a daily screen-time limit of one hour for games.

item-inf-306-prompt = Of the three practice sites, find the official government one and show how you know.

item-com-313-prompt = In the practice video meeting, share your screen and show the practice document.

item-com-314-prompt = Change the practice account's profile so that it shows your first name and a suitable photo, and hides your phone number.

item-dev-314-prompt = Swipe up on the screen to open the phone.

item-dev-315-prompt = Make the sound quieter.

item-dev-316-prompt = Open the camera from the home screen.

item-com-315-prompt = Call the phone number written on this card.

item-cre-309-prompt = Take a short video of the window.

item-dev-317-prompt = Turn the phone off.

item-dev-318-prompt = Close the app you are in.

item-com-316-prompt = Send the message Hello to Amal.

item-dev-319-prompt = Type your first name in the message box.

item-cre-310-prompt = Delete the last photo you took.

item-com-317-prompt = Amal is video calling you. Answer and turn your camera on.

item-dev-320-prompt = Turn mobile data off, then on again.

item-inf-307-prompt = Using advanced search, find only PDF files about tenant rights on the province's website.

item-prb-307-prompt = Back up the practice phone to the cloud and check that the backup finished.

item-com-318-prompt = Set up a team folder where members can upload files but only you can delete them.

item-saf-308-prompt = Check the practice account's sign-in activity and sign out every device you do not know.

item-srv-307-prompt = Save the practice account's recovery codes in a safe place that is not on the phone.

item-prb-308-prompt = Do the self-assessment of the practice online course and choose your next module from the results.

item-cre-311-prompt = Edit the practice video: cut the first seconds, add captions, and save it.

item-prb-309-prompt = Schedule the practice job interview as a video meeting, send the invitation with the link, and set a reminder.

item-inf-308-prompt = Compare the practice page with its machine translation and point out two places where the meaning changed.

item-dev-321-prompt = Set up the practice phone for a learner with low vision: larger text, the magnifier, and voice typing.

item-com-319-prompt = In the practice inbox, use search to find every email from the school that has an attachment.

item-saf-309-prompt = On public Wi-Fi, turn on the practice VPN and check that it is connected.

task-cat-not-solved = Not solved
task-cat-after-hint = Solved after a hint
task-cat-alone = Solved alone
