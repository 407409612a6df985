# Item messages: DEV (English)

item-dev-001-prompt = Tap the picture that shows the phone is charging.
item-dev-001-opt-a = A phone with a cable plugged in and a lightning bolt on the screen.
item-dev-001-opt-b = A phone with a cracked screen.
item-dev-001-opt-c = A phone with a black screen.

item-dev-002-prompt = Tap where you plug in the charger.
item-dev-002-region-port = The small opening at the bottom edge of the phone
item-dev-002-region-side-button = The long button on the right side of the phone
item-dev-002-region-camera = The small round camera at the top of the phone
item-dev-002-region-screen = The middle of the screen

item-dev-003-prompt = Look at the picture. The battery is red and almost empty. This means you should charge the phone soon. True or false?

item-dev-004-prompt = Put the pictures in order: wake up the phone, unlock it, and open the camera.
item-dev-004-opt-a = Type your PIN code.
item-dev-004-opt-b = Press the button on the side of the phone.
item-dev-004-opt-c = Tap the camera icon.
item-dev-004-opt-d = Swipe up on the screen.

item-dev-005-prompt = Make the map bigger with two fingers so you can read the street names. Then make it small again.
item-dev-005-cat-0 = Not solved
item-dev-005-cat-1 = Solved after a hint
item-dev-005-cat-2 = Solved alone

item-dev-006-prompt = Tap the icon you use to make a phone call.
item-dev-006-region-phone = The green phone icon at the bottom left
item-dev-006-region-messages = The speech bubble icon next to it
item-dev-006-region-browser = The round globe icon
item-dev-006-region-camera = The camera icon at the bottom right
item-dev-006-region-settings = The grey gear icon at the top left

item-dev-007-prompt = You are inside an app. Which button takes you back to the screen before?
item-dev-007-opt-a = A plus sign.
item-dev-007-opt-b = A magnifying glass.
item-dev-007-opt-c = An arrow pointing left.
item-dev-007-opt-d = A star.

item-dev-008-prompt = Look at the WhatsApp icon. It has a small red circle with the number 3. This means new messages are waiting for you. True or false?

item-dev-009-prompt = You missed a call. Tap the notification about the missed call.
item-dev-009-region-missed-call = The notification with a phone and a red arrow
item-dev-009-region-message = The notification with a green speech bubble
item-dev-009-region-battery = The notification with a battery
item-dev-009-region-update = The notification with a download arrow

item-dev-010-prompt = You want to see your notifications again. Where do you swipe on the screen?
item-dev-010-opt-a = Up, from the bottom of the screen.
item-dev-010-opt-b = Down, from the top of the screen.
item-dev-010-opt-c = From the left edge to the right.

item-dev-011-prompt = Tap the key that makes a space between two words.
item-dev-011-region-space = The long key at the bottom, in the middle
item-dev-011-region-backspace = The key with an arrow and an X, on the right
item-dev-011-region-shift = The key with an arrow pointing up, on the left
item-dev-011-region-enter = The key at the bottom right with a bent arrow
item-dev-011-region-mic = The small microphone key next to the long key

item-dev-012-prompt = You want to speak instead of typing. Which key do you tap?
item-dev-012-opt-a = An arrow pointing up.
item-dev-012-opt-b = A globe.
item-dev-012-opt-c = A smiling face.
item-dev-012-opt-d = A microphone.

item-dev-013-prompt = Copy the email address from the card into the box, exactly as it is written. Then tap Next.
item-dev-013-cat-0 = Not solved
item-dev-013-cat-1 = Solved after a hint
item-dev-013-cat-2 = Solved alone

item-dev-014-prompt = Put the steps in order to copy the confirmation number from a message and paste it in a form.
item-dev-014-opt-a = Tap Copy.
item-dev-014-opt-b = Press and hold the empty box in the form.
item-dev-014-opt-c = Press and hold the number in the message.
item-dev-014-opt-d = Tap Paste.

item-dev-015-prompt = Which icon shows that the phone is connected to Wi-Fi?
item-dev-015-opt-a = Curved lines in the shape of a fan.
item-dev-015-opt-b = An airplane.
item-dev-015-opt-c = A battery.
item-dev-015-opt-d = The Bluetooth sign, like a pointed letter B.

item-dev-016-prompt = You are at the public library. To use the free Wi-Fi, you choose the library's network name in your phone's Wi-Fi settings. True or false?

item-dev-017-prompt = Connect the phone to the library Wi-Fi. The network is called LibraryGuest and the password is on the card.
item-dev-017-cat-0 = Not solved
item-dev-017-cat-1 = Solved after a hint
item-dev-017-cat-2 = Solved alone

item-dev-018-prompt = Your mobile data is off. Tap the button that turns mobile data on.
item-dev-018-region-wifi = The Wi-Fi button, top left
item-dev-018-region-mobile-data = The Mobile data button, with two arrows, top middle
item-dev-018-region-bluetooth = The Bluetooth button, top right
item-dev-018-region-airplane = The Airplane mode button, bottom left
item-dev-018-region-flashlight = The Flashlight button, bottom middle

item-dev-019-prompt = You want to install WhatsApp on your phone. Which app do you open?
item-dev-019-opt-a = The camera.
item-dev-019-opt-b = The app store: Play Store or App Store.
item-dev-019-opt-c = The photo gallery.
item-dev-019-opt-d = The clock.

item-dev-020-prompt = The words on your phone are too small. Tap the setting that makes the text bigger.
item-dev-020-region-brightness = The row Brightness, with a sun
item-dev-020-region-dark-mode = The row Dark mode, with a moon
item-dev-020-region-font-size = The row Font size, with a small and a big letter A
item-dev-020-region-timeout = The row Screen timeout, with a clock
item-dev-020-region-wallpaper = The row Wallpaper, with a picture

item-dev-021-prompt = Put the steps in order to add your language to your phone.
item-dev-021-opt-a = Tap Add a language.
item-dev-021-opt-b = Open Settings.
item-dev-021-opt-c = Choose your language from the list.
item-dev-021-opt-d = Tap Languages.

item-dev-022-prompt = Find the bus app called Transit in the app store, install it, then open it.
item-dev-022-cat-0 = Not solved
item-dev-022-cat-1 = Solved after a hint
item-dev-022-cat-2 = Solved alone

item-dev-023-prompt = You downloaded a letter from a website. Where does your phone usually save it?
item-dev-023-opt-a = In the Camera app.
item-dev-023-opt-b = In the Contacts app.
item-dev-023-opt-c = In the Downloads folder of the Files app.
item-dev-023-opt-d = In the Clock app.

item-dev-024-prompt = When you delete a photo, many phones keep it for about 30 days in a folder called Recently deleted or Trash. You can still get it back. True or false?

item-dev-025-prompt = Put the steps in order to change the name of a file.
item-dev-025-opt-a = Tap Rename.
item-dev-025-opt-b = Open the Files app.
item-dev-025-opt-c = Tap OK.
item-dev-025-opt-d = Press and hold the file.
item-dev-025-opt-e = Type the new name.

item-dev-026-prompt = Save the photo of your lease in your online cloud storage, in the folder called Housing.
item-dev-026-cat-0 = Not solved
item-dev-026-cat-1 = Solved after a hint
item-dev-026-cat-2 = Solved alone
