# Item messages: self-mode picture items for Foundation to NLN 2 (English)

item-dev-401-prompt = Tap the icon you use to take a photo.
item-dev-402-prompt = Tap the icon you use to read and send text messages.
item-dev-403-prompt = You want to change how your phone works, for example the sound or the language. Tap the icon that opens the settings.
item-dev-404-prompt = Tap the button you press to turn the phone on or off.
item-dev-405-prompt = You typed a wrong letter. Tap the key that erases it.
item-dev-406-prompt = You want to say your message out loud instead of typing it. Tap the key you use for that.
item-dev-407-prompt = You are at home and want to use your Wi-Fi. Tap the button that turns Wi-Fi on or off.
item-dev-408-prompt = It is dark and you need light. Tap the button that turns on the phone's light.
item-com-401-prompt = The phone is ringing, but you cannot talk now. Tap where you refuse the call.
item-com-402-prompt = You are in an online class. Tap the button that turns your camera on or off.
item-com-403-prompt = The online class is over. Tap the button that takes you out of the class.
item-com-404-prompt = You do not need this email any more. Tap where you delete it.
item-cre-401-prompt = The camera is ready. Tap where you take the photo.
item-cre-402-prompt = You took a photo. Tap where you look at the photo you just took.
item-cre-403-prompt = You want to take a photo of yourself. Tap the button that turns the camera around.
item-inf-401-prompt = You are lost. Tap the button that shows where you are now on the map.
item-inf-402-prompt = You found the library on the map. Tap the button that shows you the way to go there.
