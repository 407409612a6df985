### Mga tanong na may ilang screen (Tagalog, machine-drafted)

# audience: learner
assess-tap-through-hint = I-tap ang screen, o pumili ng lugar sa listahan. Bawat tamang lugar ay nagbubukas ng susunod na screen.
assess-tap-screen = Screen { $number } ng { $count }
response-error-bad-path = Hindi tugma sa mga screen ng tanong { $item } ang mga naitalang tap.
session-error-bad-taps = Hindi dumadaan sa mga screen ng tanong { $item } ang mga naka-save na tap.
# audience: learner
web-tap-through-hint = Gawin ang gawain sa telepono: i-tap ang tamang lugar sa bawat screen.
