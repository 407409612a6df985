# Item messages: Items for NLN 9 to 12 (advanced module) and thin competences (English)

item-inf-201-prompt = You want pages about work permits only from the site canada.ca. What do you type in the search box?
item-inf-201-opt-a = site:canada.ca work permit
item-inf-201-opt-b = canada work permit official
item-inf-201-opt-c = work permit canada.ca?

item-inf-202-prompt = A post shares a health study. What is the best sign that the finding is reliable?
item-inf-202-opt-a = The post has thousands of likes.
item-inf-202-opt-b = The study is in a peer-reviewed journal, and other studies find the same.
item-inf-202-opt-c = The website looks modern and professional.

item-inf-203-prompt = In a folder shared by a team, putting the date or a version number in file names helps everyone find the latest file. True or false?

item-com-201-prompt = Five people edit one online document. How do you find who changed a paragraph yesterday?
item-com-201-opt-a = Print the document and compare.
item-com-201-opt-b = Email everyone and ask.
item-com-201-opt-c = Open the version history.

item-com-202-prompt = When you delete a post, every copy that other people saved or shared is deleted too. True or false?

item-srv-201-prompt = You want to pay a bill in your online bank. What best shows you are on the bank's real site?
item-srv-201-opt-a = You typed the bank's address yourself, and the address bar shows the bank's own domain.
item-srv-201-opt-b = The page shows the bank's logo and colours.
item-srv-201-opt-c = A pop-up window says the site is verified.

item-srv-202-prompt = A passkey or a physical security key protects an account from fake sign-in pages better than a code sent by text message. True or false?

item-saf-201-prompt = You post a photo taken at home. What hidden information in the photo file can show where you live?
item-saf-201-opt-a = The colour profile.
item-saf-201-opt-b = The location data (GPS) saved with the photo.
item-saf-201-opt-c = The file size.

item-saf-202-prompt = If the text of a link shows your bank's address, the link always opens your bank. True or false?

item-cre-201-prompt = You find a photo online with the licence CC BY-NC. You want to use it on a flyer you give out for free. What must you do?
item-cre-201-opt-a = Nothing: everything online is free to use.
item-cre-201-opt-b = Pay the photographer before you use it.
item-cre-201-opt-c = Name the photographer; you may use it because the flyer is not sold.

item-cre-202-prompt = In a spreadsheet, when you copy the formula =B2*$E$1 down a column, the cell $E$1 stays the same in every row. True or false?

item-prb-201-prompt = An AI chat gives you three sources for a report you are writing. What do you do before you use them?
item-prb-201-opt-a = Open each source and check that it exists and says what the AI claims.
item-prb-201-opt-b = Copy them: AI tools do not invent sources.
item-prb-201-opt-c = Ask the AI if it is sure, and use them if it says yes.

item-prb-202-prompt = Every free online course certificate is accepted by Canadian employers as a professional credential. True or false?

item-prb-203-prompt = A company you applied to sends a cheque for more than your first pay and asks you to send the difference back by e-Transfer. What is this?
item-prb-203-opt-a = A normal way to start a new job.
item-prb-203-opt-b = A fake-cheque scam.
item-prb-203-opt-c = A government benefit.

item-saf-203-prompt = Parental controls can limit which apps a child installs, but talking with the child about what they do online is still needed. True or false?

item-saf-204-prompt = Someone shares private photos of your friend online without consent. What is the best advice for your friend?
item-saf-204-opt-a = Reply to the person with threats.
item-saf-204-opt-b = Delete their own accounts and say nothing.
item-saf-204-opt-c = Save proof, report the posts to the platform, and contact police or a support service.

item-cre-203-prompt = If you change a few words of an article from a website, you may publish it as your own work without naming the source. True or false?

item-cre-204-prompt = You write a long report. Which makes it easiest to read with a screen reader and to build a table of contents?
item-cre-204-opt-a = Use the built-in heading styles (Heading 1, Heading 2).
item-cre-204-opt-b = Make the titles bold and bigger by hand.
item-cre-204-opt-c = Write the titles in capital letters.

item-srv-203-prompt = With Interac e-Transfer autodeposit, the sender must still give you a security question before the money arrives. True or false?

item-srv-204-prompt = You want to see your tax slips in CRA My Account, but you have no bank account in Canada. Which way can you still sign in?
item-srv-204-opt-a = Only by phoning a friend who has a bank account.
item-srv-204-opt-b = With a GCKey user ID and password.
item-srv-204-opt-c = You cannot sign in without a Canadian bank.

item-dev-201-prompt = A backup kept only on the same phone does not protect your photos if the phone is lost or broken. True or false?

item-dev-202-prompt = A learner who is blind wants the phone to read the screen aloud. Which setting do you turn on?
item-dev-202-opt-a = Dark mode.
item-dev-202-opt-b = Airplane mode.
item-dev-202-opt-c = The screen reader (TalkBack or VoiceOver).

item-dev-203-prompt = A home Wi-Fi router is safe with the password printed on its label by the factory, so you never need to change the router's admin password. True or false?

item-dev-204-prompt = On a computer, which keys undo your last change?
item-dev-204-opt-a = Ctrl + Z (on a Mac: Command + Z)
item-dev-204-opt-b = Ctrl + P (on a Mac: Command + P)
item-dev-204-opt-c = Alt + F4

item-inf-204-prompt = When you translate an official letter with an app, you should check names, dates and amounts against the original, because the app can change their meaning. True or false?

item-inf-205-prompt = A video shows a politician saying something shocking. What best helps you tell whether it is a deepfake?
item-inf-205-opt-a = The video is in high quality.
item-inf-205-opt-b = Many people shared it today.
item-inf-205-opt-c = Check whether trusted news sources report the same event, and look for the original source.

item-com-203-prompt = You email 40 parents about a school trip. They do not know each other. Where do you put their addresses?
item-com-203-opt-a = Bcc
item-com-203-opt-b = To
item-com-203-opt-c = Cc

item-com-204-prompt = You host an online class. Turning on the waiting room lets anyone with the link join without your approval. True or false?

item-prb-204-prompt = Your laptop became very slow after you installed a new program, and pop-ups keep appearing. What do you do first?
item-prb-204-opt-a = Buy more memory for the laptop.
item-prb-204-opt-b = Uninstall the new program and run a scan with the security software.
item-prb-204-opt-c = Click the pop-ups to close them one by one.

item-prb-205-prompt = Before you pay for an online course, checking whether the school is recognised in your province can save you money and time. True or false?

item-saf-205-prompt = Using the same strong password for all your accounts is safe, as long as the password is long. True or false?

item-saf-206-prompt = An email asks you to sign in at www.rnybank.ca. Your bank is www.mybank.ca. What is going on?
item-saf-206-opt-a = A lookalike address: 'rn' is made to look like 'm'. It is phishing.
item-saf-206-opt-b = A new branch of your bank.
item-saf-206-opt-c = A normal short form of the bank's name.

item-inf-206-prompt = You need the exact phrase "first-time home buyer" in your search results. What do you type?
item-inf-206-opt-a = first time home buyer
item-inf-206-opt-b = "first-time home buyer"
item-inf-206-opt-c = first-time OR home OR buyer

item-prb-206-prompt = It is safe to paste a client's full name, health number and medical notes into a free public AI chat to get a summary. True or false?

item-com-205-prompt = An employer will search your name online before an interview. What is the best preparation?
item-com-205-opt-a = Delete every online account you have.
item-com-205-opt-b = Change your name on all sites.
item-com-205-opt-c = Search your own name, check privacy settings, and remove or hide posts you would not want an employer to see.

item-srv-205-prompt = When an online form times out, the answers you typed can be lost, so it helps to keep long answers in a separate document first. True or false?

item-cre-205-prompt = Before you post a photo of a client at a community event, you need their permission, even if the photo is nice. True or false?

item-inf-207-prompt = You must keep work files for seven years and find them fast. Which system works best?
item-inf-207-opt-a = Folders by year and topic, with file names that start with the date.
item-inf-207-opt-b = All files on the desktop.
item-inf-207-opt-c = Each file named final, final2, final3.

item-srv-206-prompt = In a telehealth visit, the doctor's platform is secure, so it does not matter if you take the call in a busy public place. True or false?

item-com-206-prompt = You shared a folder with a volunteer who has now left. What do you do?
item-com-206-opt-a = Nothing: old links stop working by themselves.
item-com-206-opt-b = Remove the volunteer's access in the folder's sharing settings.
item-com-206-opt-c = Rename the folder.

item-saf-207-prompt = You notice you check your phone late at night and sleep badly. Which step helps most?
item-saf-207-opt-a = Turn the screen brightness up.
item-saf-207-opt-b = Install another social media app.
item-saf-207-opt-c = Set a bedtime schedule that silences notifications, and charge the phone outside the bedroom.

item-prb-207-prompt = Writing down which digital tasks you still cannot do alone helps you choose the right course or tutorial. True or false?

item-inf-208-prompt = A PDF from the city is only a scanned picture, so you cannot copy or translate its words. What helps?
item-inf-208-opt-a = Run text recognition (OCR) on it, then translate the text.
item-inf-208-opt-b = Print it and scan it again.
item-inf-208-opt-c = Rename the file.

item-dev-205-prompt = When your cloud storage is full, deleting a file on your phone always deletes it from the cloud too, in every app. True or false?

item-com-207-prompt = Every week you get many emails from your child's school and they get lost. What is the best fix?
item-com-207-opt-a = Delete all school emails without reading.
item-com-207-opt-b = Make a rule (filter) that puts emails from the school's address into a School folder.
item-com-207-opt-c = Open a new email account every month.

item-srv-207-prompt = If an online shop never delivers what you paid for by credit card, you can ask your card company to reverse the charge. True or false?

item-com-208-prompt = In an online class, everyone can hear the noise in your room even when your microphone is muted. True or false?

item-saf-208-prompt = If someone keeps sending you threatening messages online, you can block them and keep screenshots as evidence. True or false?

item-cre-206-prompt = You use a chart from a government report in your presentation. What do you add?
item-cre-206-opt-a = Nothing, because government work is free.
item-cre-206-opt-b = Your own name under the chart.
item-cre-206-opt-c = The source: the report's title, the department and the year.
