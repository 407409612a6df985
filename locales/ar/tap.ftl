### أسئلة الشاشات المتتالية (العربية، machine-drafted)

# audience: learner
assess-tap-through-hint = المس الشاشة، أو اختر مكانًا من القائمة. كل مكان صحيح يفتح الشاشة التالية.
assess-tap-screen = الشاشة { $number } من { $count }
response-error-bad-path = اللمسات المسجلة للسؤال { $item } لا تتبع شاشاته.
session-error-bad-taps = اللمسات المحفوظة في السؤال { $item } لا تمر عبر شاشاته.
# audience: learner
web-tap-through-hint = أنجز المهمة على الهاتف: المس المكان الصحيح في كل شاشة.
