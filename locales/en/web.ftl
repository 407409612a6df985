# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = English
web-choose-language = Choose your language
web-change-language = Choose another language
web-join-heading = Your test code
web-join-help = Your assessor gives you a code. Type it here.
web-join-label = Test code
web-join-button = Start
web-join-invalid = This code does not work. Check it, or ask your assessor for a new code.
web-familiar-heading = Before we start
web-familiar-not-scored = This practice does not count.
web-familiar-play = Tap the sound button to hear the words.
web-familiar-tap = To answer, tap your answer. Try it now: tap the star.
web-familiar-star = Star
web-familiar-done = Well done!
web-familiar-dont-know = If you do not know an answer, tap “I don't know”. That is fine.
web-begin = Begin the test
web-read-aloud = Read aloud automatically
web-play = Listen
web-stop = Stop the sound
web-order-hint = Tap the steps in the right order. Tap “Start again” to change.
web-order-done = Done
web-order-again = Start again
web-hotspot-hint = Tap the right place on the picture.
web-hotspot-list = Or choose the place from this list:
web-about-you = About you. This does not count.
web-wait-assessor = Now your assessor watches you do a task. Please wait.
web-saving = Saving your answer…
web-offline = The connection is lost. Your answer is kept. We try again.
web-error = Something went wrong. Please ask your assessor.
web-end-heading = Thank you. You have finished.
web-end-next = Your answers are saved. Your assessor will talk with you about what comes next. You can close this page.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = Digital skills check
web-question-number = Question { $number }

## Assessor view

web-assessor-title = Assessor view
web-assessor-forget-key = Forget the key
web-assessor-key-heading = Sign in with your agency key
web-assessor-key-label = Agency API key
web-assessor-key-hint = Kept only in this browser tab until you close it.
web-assessor-key-use = Use this key
web-assessor-key-wrong = This key does not work. Enter it again.
web-assessor-start-heading = Start a session
web-assessor-learner-ref = Learner reference
web-assessor-learner-ref-hint = Your agency's code for the learner: letters, digits, dots, dashes. Never a name.
web-assessor-language = Learner's language
web-assessor-assisted = I sit with the learner and record observed tasks
web-assessor-start = Start the session
web-assessor-session-heading = Session in progress
web-assessor-answered = Answers so far
web-assessor-code = Join code for the learner's device:
web-assessor-code-help = The learner opens this address on their device, or scans the QR code, and types the code. If the page is closed, the same code opens the test again at the same question.
web-assessor-qr = QR code of the join link: scan it with the phone's camera
web-assessor-new-code = New join code
web-assessor-stop = End the session now
web-assessor-task = Observed task: record how it went
web-assessor-result = Result
web-assessor-print = Print the result
web-assessor-print-learner = Print the learner's page
web-assessor-new = Start another session

## Printed result

web-report-heading = Digital literacy result
web-report-profile = Profile by area
web-report-can-do = Can do
web-report-next = Next steps
web-report-based-on = What this result is based on
web-report-items = Questions answered
web-report-range = Likely level range
web-report-precision = Standard error (logits)
web-report-calibration = Calibration
web-report-language = Language of the test
web-report-session = Session
web-report-time = Date (UTC)
web-report-not-measured = not measured
web-home-heading = My digital skills
web-home-can = I can
web-home-next = Next I will learn
