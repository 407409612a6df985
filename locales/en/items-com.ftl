# Item messages: COM (English)

item-com-001-prompt = Your phone is ringing. Tap where you answer the call.
item-com-001-region-decline = The red round button with a phone, bottom left
item-com-001-region-answer = The green round button with a phone, bottom right
item-com-001-region-message = The speech bubble above the red button
item-com-001-region-remind = The clock above the green button

item-com-002-prompt = In WhatsApp, which button do you hold down to record a voice message?
item-com-002-opt-a = A microphone.
item-com-002-opt-b = A camera.
item-com-002-opt-c = A paper clip.
item-com-002-opt-d = A smiling face.

item-com-003-prompt = Put the pictures in order to send a photo to a friend in WhatsApp.
item-com-003-opt-a = Choose the photo.
item-com-003-opt-b = Open WhatsApp.
item-com-003-opt-c = Tap the green Send arrow.
item-com-003-opt-d = Tap your friend's name.
item-com-003-opt-e = Tap the paper clip.

item-com-004-prompt = In a video call, you see the camera button with a line through it. This means the other person can still see you. True or false?

item-com-005-prompt = You got an email from your child's school. Tap the button to answer only the person who wrote it.
item-com-005-region-reply = The Reply button, with one curved arrow pointing left
item-com-005-region-reply-all = The Reply all button, with two curved arrows pointing left
item-com-005-region-forward = The Forward button, with an arrow pointing right
item-com-005-region-delete = The trash can button

item-com-006-prompt = Write an email to your settlement worker and attach the photo of your lease. Then tap Send.
item-com-006-cat-0 = Not solved
item-com-006-cat-1 = Solved after a hint
item-com-006-cat-2 = Solved alone

item-com-007-prompt = You send one email to ten parents from your child's class. They do not know each other. Where do you put their addresses so they cannot see each other's addresses?
item-com-007-opt-a = In the To field.
item-com-007-opt-b = In the Cc field.
item-com-007-opt-c = In the Bcc field.
item-com-007-opt-d = In the Subject field.

item-com-008-prompt = Emails in the Spam folder are always dangerous, so you should never look in it. True or false?

item-com-009-prompt = You are in an online class. Tap the button that turns off your microphone.
item-com-009-region-mic = The microphone button, bottom left
item-com-009-region-camera = The video camera button
item-com-009-region-chat = The speech bubble button
item-com-009-region-hand = The raised hand button
item-com-009-region-leave = The red button, bottom right

item-com-010-prompt = Put the steps in order to join your online English class from your teacher's email.
item-com-010-opt-a = Type your name.
item-com-010-opt-b = Tap the meeting link.
item-com-010-opt-c = Tap Join.
item-com-010-opt-d = Open the email from your teacher.

item-com-011-prompt = In the online class, raise your hand. When the teacher says your name, turn on your microphone and your camera.
item-com-011-cat-0 = Not solved
item-com-011-cat-1 = Solved after a hint
item-com-011-cat-2 = Solved alone

item-com-012-prompt = Your doctor sent you a link for a video appointment at 10:00. What is best to do?
item-com-012-opt-a = Wait for the doctor to call your phone number.
item-com-012-opt-b = Open the link at 10:15, while you are on the bus.
item-com-012-opt-c = Turn off Wi-Fi to save data, then open the link.
item-com-012-opt-d = A few minutes before 10:00, go to a quiet private place and test the link, the camera and the sound.

item-com-013-prompt = You want to share a file in Google Drive with your teacher. Which button do you tap?
item-com-013-opt-a = A person with a plus sign, with the word Share.
item-com-013-opt-b = A trash can, with the word Remove.
item-com-013-opt-c = A star, with the words Add to Starred.
item-com-013-opt-d = A printer, with the word Print.

item-com-014-prompt = You share a link to your document. The link is set to Anyone with the link can edit. What can happen?
item-com-014-opt-a = Only people in your contacts can open it.
item-com-014-opt-b = You are the only person who can change the document.
item-com-014-opt-c = People can read it, but nobody can change it.
item-com-014-opt-d = Anyone who gets the link can change or delete your text.

item-com-015-prompt = Share the file Resume.docx with your job counsellor, counsellor@example.org, so that she can add comments but cannot change your text.
item-com-015-cat-0 = Not solved
item-com-015-cat-1 = Solved after a hint
item-com-015-cat-2 = Solved alone

item-com-016-prompt = You and two classmates write a shared document. This morning, someone deleted your part by mistake. What is the best way to get it back?
item-com-016-opt-a = Open the version history and restore your part from an earlier version.
item-com-016-opt-b = Type your part again from memory.
item-com-016-opt-c = Press Undo on your own computer.
item-com-016-opt-d = Ask your classmates to make a new document and start again.

item-com-017-prompt = You manage a shared folder for a community volunteer group. The folder has sign-up forms with people's phone numbers. One volunteer has left the group. What should you do?
item-com-017-opt-a = Ask the volunteer to promise not to open the folder again.
item-com-017-opt-b = Keep the access, in case the volunteer comes back.
item-com-017-opt-c = Rename the folder so the volunteer cannot find it.
item-com-017-opt-d = Remove the volunteer's access, and check that the folder is not shared with Anyone with the link.

item-com-018-prompt = Writing a whole message in CAPITAL LETTERS can look like you are shouting. True or false?

item-com-019-prompt = You are applying for jobs. Which email address is best to use?
item-com-019-opt-a = partygirl99@hotmail.com
item-com-019-opt-b = amina.hassan@gmail.com
item-com-019-opt-c = bestcook_4ever@yahoo.com

item-com-020-prompt = You are looking for work. Employers may search your name online. What is the best thing to do?
item-com-020-opt-a = Search your own name, make your personal accounts private, and keep a professional profile up to date.
item-com-020-opt-b = Delete all your accounts and stay off the internet until you find a job.
item-com-020-opt-c = Use a different name on your job applications so employers cannot find you online.
item-com-020-opt-d = Do nothing. In Canada, employers are not allowed to look at anything online.

item-com-021-prompt = You manage the social media page of an organization that serves newcomers. A client posts a public comment with her full name, her file number and a complaint about her refused application. What is the best response?
item-com-021-opt-a = Reply publicly with the details of her file, to show that you are helping.
item-com-021-opt-b = Hide the comment as your policy allows, and reply briefly that you will contact her privately through a secure channel.
item-com-021-opt-c = Delete the comment and block her, so the complaint does not spread.
item-com-021-opt-d = Leave the comment and do not answer, because she chose to post it.
