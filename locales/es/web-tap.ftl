# The learner page's counter on a tap-through task (web/). Page chrome, read by sight like
# the question number; the page formats both numbers for the locale. No counted noun
# follows the count, so no language needs a plural form here.
# Machine-drafted.

web-tap-screen = Pantalla { $number } de { $count }
