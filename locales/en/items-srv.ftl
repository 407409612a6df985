## Items: SRV, Using online services in Canada (prompts, options, regions, task categories)

# srv-001
item-srv-001-prompt = You are signing in to a website. You get a text message with a 6-digit code. What do you do with the code?
item-srv-001-opt-a = Give the code to a person who calls you and asks for it.
item-srv-001-opt-b = Type the code on the sign-in page.
item-srv-001-opt-c = Delete the message and do nothing.

# srv-002
item-srv-002-prompt = You forgot your password. Tap where you can make a new password.
item-srv-002-region-email = The box for your email address.
item-srv-002-region-password = The box for your password.
item-srv-002-region-signin = The button Sign in.
item-srv-002-region-forgot = The link Forgot password?
item-srv-002-region-create = The link Create an account.

# srv-003
item-srv-003-prompt = With two-step verification, you sign in with your password and also with a code sent to your phone. True or false?

# srv-004
item-srv-004-prompt = You want to reset the password of an online account. Put the steps in order.
item-srv-004-opt-a = Open the email from the site and tap the link.
item-srv-004-opt-b = Tap Forgot password? on the sign-in page.
item-srv-004-opt-c = Type a new password two times and tap Save.
item-srv-004-opt-d = Type your email address and tap Send.

# srv-005
item-srv-005-prompt = You turn on two-step verification. The site shows 10 backup codes. What is the best thing to do with them?
item-srv-005-opt-a = Ignore them, because you always have your phone.
item-srv-005-opt-b = Send them to a friend by email, just in case.
item-srv-005-opt-c = Keep them in a safe place, like a password manager or on paper at home.
item-srv-005-opt-d = Post them in your family group chat.

# srv-006
item-srv-006-prompt = Look at this form. What does the red star next to a box mean?
item-srv-006-opt-a = The answer in this box is wrong.
item-srv-006-opt-b = You can leave this box empty.
item-srv-006-opt-c = You must fill in this box.

# srv-007
item-srv-007-prompt = The form asks for a photo of your permanent resident card. Tap where you add the file.
item-srv-007-region-name = The box Family name.
item-srv-007-region-upload = The button Upload file.
item-srv-007-region-help = The link Help.
item-srv-007-region-cancel = The button Cancel.
item-srv-007-region-next = The button Next.

# srv-008
item-srv-008-prompt = You must send a photo of your passport page. Which photo is good to send?
item-srv-008-opt-a = A blurry photo.
item-srv-008-opt-b = A photo where your finger hides part of the page.
item-srv-008-opt-c = A clear photo that shows the whole page and its four corners.
item-srv-008-opt-d = A dark photo with a bright spot of light on the page.

# srv-009
item-srv-009-prompt = In this practice form, type your name and date of birth, add the photo of your document, and tap Submit.
item-srv-009-cat-0 = The form was not sent.
item-srv-009-cat-1 = The form was sent after a hint.
item-srv-009-cat-2 = The form was sent without help.

# srv-010
item-srv-010-prompt = The form says: Upload a PDF, 4 MB maximum. Your photo is a JPG file of 9 MB. What can you do?
item-srv-010-opt-a = Skip this question and submit the form.
item-srv-010-opt-b = Change the end of the file name from .jpg to .pdf.
item-srv-010-opt-c = Try to upload the same file many times.
item-srv-010-opt-d = Use a scanner app to save the photo as a smaller PDF, then upload it.

# srv-011
item-srv-011-prompt = Before a video appointment with a doctor, there is no need to test your camera and microphone. True or false?

# srv-012
item-srv-012-prompt = Your child is sick today. Tap where you tell the school that your child will be absent.
item-srv-012-region-grades = The menu item Grades.
item-srv-012-region-attendance = The menu item Attendance: report an absence.
item-srv-012-region-lunch = The menu item Lunch menu.
item-srv-012-region-calendar = The menu item Calendar.
item-srv-012-region-signout = The button Sign out.

# srv-013
item-srv-013-prompt = You applied online for Canadian citizenship. You want to know if there is news about your application. Where do you look?
item-srv-013-opt-a = In your account on the IRCC website.
item-srv-013-opt-b = In a Facebook group about immigration.
item-srv-013-opt-c = In a text message from an unknown number that asks you to pay a fee.

# srv-014
item-srv-014-prompt = You want to book an appointment at a clinic online. Put the steps in order.
item-srv-014-opt-a = Choose a day and a time.
item-srv-014-opt-b = Check the confirmation email.
item-srv-014-opt-c = Open the clinic's booking page.
item-srv-014-opt-d = Tap Book appointment.

# srv-015
item-srv-015-prompt = In this practice clinic app, find your appointment for today and join the video call with your camera and microphone on.
item-srv-015-cat-0 = Did not join the call.
item-srv-015-cat-1 = Joined the call after a hint.
item-srv-015-cat-2 = Joined the call without help.

# srv-016
item-srv-016-prompt = You want to pay your electricity bill in your bank app. What do you need from the bill?
item-srv-016-opt-a = Your social insurance number.
item-srv-016-opt-b = The account number on the bill.
item-srv-016-opt-c = The password of the electricity company's website.

# srv-017
item-srv-017-prompt = You want to send money to a friend by Interac e-Transfer. Tap where you start.
item-srv-017-region-accounts = The button Accounts.
item-srv-017-region-paybills = The button Pay bills.
item-srv-017-region-etransfer = The button Send money with Interac e-Transfer.
item-srv-017-region-deposit = The button Deposit a cheque.
item-srv-017-region-menu = The menu button at the top right.

# srv-018
item-srv-018-prompt = You turn on Autodeposit for Interac e-Transfer in your bank app. What changes?
item-srv-018-opt-a = Money sent to your email or phone number goes into your account right away, with no security question.
item-srv-018-opt-b = Your bills are paid automatically every month.
item-srv-018-opt-c = Anyone can take money from your account without asking you.
item-srv-018-opt-d = You must answer a security question for every deposit.
