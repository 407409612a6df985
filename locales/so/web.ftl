# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = Soomaali
web-choose-language = Dooro luqaddaada
web-change-language = Dooro luqad kale
web-join-heading = Koodhkaaga imtixaanka
web-join-help = Qiimeeyahaagu wuxuu ku siinayaa koodh. Halkan ku qor.
web-join-label = Koodhka imtixaanka
web-join-button = Bilow
web-join-invalid = Koodhkani ma shaqeynayo. Hubi, ama qiimeeyahaaga weydii koodh cusub.
web-familiar-heading = Intaanan bilaabin
web-familiar-not-scored = Tababarkan lama xisaabinayo.
web-familiar-play = Taabo badhanka codka si aad u maqasho erayada.
web-familiar-tap = Si aad uga jawaabto, taabo jawaabtaada. Hadda isku day: taabo xiddigta.
web-familiar-star = Xiddig
web-familiar-done = Aad baad u fiicantahay!
web-familiar-dont-know = Haddii aadan garanayn jawaab, taabo “Ma garanayo”. Taasi waa caadi.
web-begin = Bilow imtixaanka
web-read-aloud = Si toos ah u akhri cod dheer
web-play = Dhageyso
web-stop = Jooji codka
web-order-hint = Taabo tallaabooyinka siday u kala horreeyaan. Taabo “Dib u bilow” si aad u beddesho.
web-order-done = Waan dhammeeyay
web-order-again = Dib u bilow
web-hotspot-hint = Taabo meesha saxda ah ee sawirka.
web-hotspot-list = Ama meesha ka dooro liiskan:
web-about-you = Adiga ku saabsan. Tani lama xisaabinayo.
web-wait-assessor = Hadda qiimeeyahaagu wuxuu daawanayaa adigoo hawl qabanaya. Fadlan sug.
web-saving = Jawaabtaada waa la kaydinayaa…
web-offline = Xiriirkii wuu go'ay. Jawaabtaada waa la hayaa. Mar kale ayaan isku dayeynaa.
web-error = Wax baa khaldamay. Fadlan weydii qiimeeyahaaga.
web-end-heading = Mahadsanid. Waad dhammaysay.
web-end-next = Jawaabahaaga waa la kaydiyay. Qiimeeyahaagu wuxuu kaala hadli doonaa waxa xiga. Waad xiri kartaa boggan.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = Imtixaanka xirfadaha dijitaalka
web-question-number = Su'aal { $number }

## Assessor view

web-assessor-title = Bogga qiimeeyaha
web-assessor-forget-key = Illow furaha
web-assessor-key-heading = Ku gal furaha hay'addaada
web-assessor-key-label = Furaha API ee hay'adda
web-assessor-key-hint = Waxaa lagu hayaa tab-kan browser-ka oo keliya ilaa aad xirto.
web-assessor-key-use = Isticmaal furahan
web-assessor-key-wrong = Furahani ma shaqeynayo. Mar kale geli.
web-assessor-start-heading = Bilow fadhi
web-assessor-learner-ref = Tixraaca ardayga
web-assessor-learner-ref-hint = Koodhka hay'addaada ee ardayga: xarfo, tirooyin, dhibco, xarriijimo. Weligaa magac ha qorin.
web-assessor-language = Luqadda ardayga
web-assessor-assisted = Waxaan la fadhiyaa ardayga oo waxaan diiwaangeliyaa hawlaha la daawaday
web-assessor-start = Bilow fadhiga
web-assessor-session-heading = Fadhi socda
web-assessor-answered = Jawaabaha ilaa hadda
web-assessor-code = Koodhka ku biirista ee qalabka ardayga:
web-assessor-code-help = Ardaygu wuxuu cinwaankan ka furaa qalabkiisa, ama sawiraa koodhka QR, oo qoraa koodhka. Haddii bogga la xiro, isla koodhkaas ayaa imtixaanka dib uga furaya isla su'aashii.
web-assessor-qr = Koodhka QR ee xiriirka ku biirista: ku sawir kamarada taleefanka
web-assessor-new-code = Koodh cusub oo ku biiris
web-assessor-stop = Hadda dhammee fadhiga
web-assessor-task = Hawl la daawaday: diiwaangeli sidii ay u dhacday
web-assessor-result = Natiijada
web-assessor-print = Daabac natiijada
web-assessor-print-learner = Daabac bogga ardayga
web-assessor-new = Bilow fadhi kale

## Printed result

web-report-heading = Natiijada aqoonta dijitaalka
web-report-profile = Muuqaalka qayb kasta
web-report-can-do = Wuu samayn karaa
web-report-next = Tallaabooyinka xiga
web-report-based-on = Waxa natiijadani ku salaysan tahay
web-report-items = Su'aalaha laga jawaabay
web-report-range = Heerka suurtagalka ah
web-report-precision = Khaladka caadiga ah (logits)
web-report-calibration = Hagaajinta
web-report-language = Luqadda imtixaanka
web-report-session = Fadhiga
web-report-time = Taariikhda (UTC)
web-report-not-measured = lama cabbirin
web-home-heading = Xirfadahayga dijitaalka
web-home-can = Waan awoodaa
web-home-next = Marka xigta waxaan baran doonaa
