# Item messages: Items for Foundation to NLN 2, carried by audio (English)

item-dev-101-prompt = To make the sound louder, you press a button on the side of the phone. True or false?

item-dev-102-prompt = The phone screen is black. What do you do first to turn it on?
item-dev-102-opt-a = Shake the phone.
item-dev-102-opt-b = Press and hold the button on the side.
item-dev-102-opt-c = Blow on the screen.

item-dev-103-prompt = When the battery is empty, the phone keeps working without a charger. True or false?

item-dev-104-prompt = What do you use to charge a phone?
item-dev-104-opt-a = Headphones.
item-dev-104-opt-b = A phone case.
item-dev-104-opt-c = A cable and a plug.

item-dev-105-prompt = To choose something on a phone screen, you touch it with your finger. True or false?

item-dev-106-prompt = You want to take a photo. Which icon do you tap?
item-dev-106-opt-a = The camera.
item-dev-106-opt-b = The clock.
item-dev-106-opt-c = The envelope.

item-dev-107-prompt = The green phone icon opens your photos. True or false?

item-dev-108-prompt = You want to look at your photos. Which icon do you tap?
item-dev-108-opt-a = A music note.
item-dev-108-opt-b = A picture of a flower or a mountain.
item-dev-108-opt-c = A calculator.

item-dev-109-prompt = The home button, or the line at the bottom of the screen, takes you back to the main screen. True or false?

item-com-101-prompt = Your phone rings. You see a green button and a red button. Which one answers the call?
item-com-101-opt-a = The red button.
item-com-101-opt-b = Neither: wait until it stops.
item-com-101-opt-c = The green button.

item-com-102-prompt = To end a call, you tap the green button. True or false?

item-com-103-prompt = Someone calls you, but you cannot talk now. What can you tap?
item-com-103-opt-a = The red button.
item-com-103-opt-b = The camera.
item-com-103-opt-c = The photos.

item-com-104-prompt = To listen to a voice message, you tap the small triangle next to it. True or false?

item-cre-101-prompt = You point the camera at your child. What do you tap to take the photo?
item-cre-101-opt-a = The red phone button.
item-cre-101-opt-b = The big round button.
item-cre-101-opt-c = The back arrow.

item-cre-102-prompt = To take a photo, you must turn the phone off first. True or false?

item-dev-110-prompt = You turn on your phone. It asks for a code. What do you do?
item-dev-110-opt-a = Turn the phone off again.
item-dev-110-opt-b = Shake the phone.
item-dev-110-opt-c = Type your PIN code.

item-dev-111-prompt = A small closed lock at the top of the screen means the phone is locked. True or false?

item-dev-112-prompt = You are in an app and want to go back to the main screen. What do you do?
item-dev-112-opt-a = Tap the home button, or swipe up from the bottom.
item-dev-112-opt-b = Turn the phone off.
item-dev-112-opt-c = Tap the camera.

item-dev-113-prompt = To open an app, you must press on it for ten seconds. True or false?

item-dev-114-prompt = A small red number is on the messages icon. What does it mean?
item-dev-114-opt-a = The phone is broken.
item-dev-114-opt-b = You have new messages.
item-dev-114-opt-c = The battery is low.

item-dev-115-prompt = On the keyboard, the key with an arrow and an X deletes the last letter. True or false?

item-dev-116-prompt = You want to type a capital letter. Which key do you tap first?
item-dev-116-opt-a = The long space key.
item-dev-116-opt-b = The enter key.
item-dev-116-opt-c = The arrow pointing up.

item-dev-117-prompt = When you see the Wi-Fi fan icon at the top of the screen, the phone has no connection. True or false?

item-dev-118-prompt = The airplane icon is on. What happens?
item-dev-118-opt-a = You cannot call or use the internet.
item-dev-118-opt-b = The phone is charging.
item-dev-118-opt-c = The sound is louder.

item-com-105-prompt = You want to call your sister. Her name is in your contacts. What do you do?
item-com-105-opt-a = Open the camera and say her name.
item-com-105-opt-b = Open contacts, tap her name, then tap the phone icon.
item-com-105-opt-c = Send her a photo.

item-com-106-prompt = In a chat app, you hold the microphone button to record a voice message. True or false?

item-com-107-prompt = You get a voice message. How do you listen to it?
item-com-107-opt-a = Tap the red button.
item-com-107-opt-b = Turn the phone over.
item-com-107-opt-c = Tap the small triangle next to it.

item-cre-103-prompt = The camera app is in English. On it, the English word VIDEO lets you film something that moves. True or false?

item-cre-104-prompt = You want to take a photo of yourself. What do you tap first?
item-cre-104-opt-a = The round arrows that turn the camera around.
item-cre-104-opt-b = The lightning bolt.
item-cre-104-opt-c = The small square with your last photo.

item-dev-119-prompt = At the library, you want the free Wi-Fi. The phone asks for a password. Where do you find it?
item-dev-119-opt-a = In your email.
item-dev-119-opt-b = Ask the staff, or look for a sign on the wall.
item-dev-119-opt-c = It is your phone's PIN code.

item-dev-120-prompt = To make the letters on the screen bigger, you must buy a new phone. True or false?

item-dev-121-prompt = You want your phone in your own language. Where do you go?
item-dev-121-opt-a = Camera.
item-dev-121-opt-b = Photos.
item-dev-121-opt-c = Settings, then Language.

item-com-108-prompt = In a video call, the other person can see you when your camera is on. True or false?

item-saf-101-prompt = A person you do not know asks for your phone's PIN code. What do you do?
item-saf-101-opt-a = Do not tell them.
item-saf-101-opt-b = Tell them.
item-saf-101-opt-c = Write it on the back of the phone.

item-saf-102-prompt = A message says you won a prize and asks for your bank card number. It is safe to send it. True or false?

item-inf-101-prompt = You want to find a pharmacy near you. Which app helps you?
item-inf-101-opt-a = The calculator.
item-inf-101-opt-b = The map app.
item-inf-101-opt-c = The camera.
