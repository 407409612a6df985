### Tap-through items: instructions, screen counter, and answers that do not fit

# audience: learner
assess-tap-through-hint = Tap the screen, or choose a place from the list. Each right place opens the next screen.
assess-tap-screen = Screen { $number } of { $count }
response-error-bad-path = The taps recorded for question { $item } do not follow its screens.
session-error-bad-taps = The saved taps on question { $item } do not lead through its screens.
# audience: learner
web-tap-through-hint = Do the task on the phone: tap the right place on each screen.
