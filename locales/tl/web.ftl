# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = Tagalog
web-choose-language = Piliin ang iyong wika
web-change-language = Pumili ng ibang wika
web-join-heading = Ang iyong code sa pagsusulit
web-join-help = Bibigyan ka ng code ng iyong tagasuri. I-type ito dito.
web-join-label = Code sa pagsusulit
web-join-button = Simulan
web-join-invalid = Hindi gumagana ang code na ito. Suriin ito, o humingi ng bagong code sa iyong tagasuri.
web-familiar-heading = Bago tayo magsimula
web-familiar-not-scored = Hindi binibilang ang pagsasanay na ito.
web-familiar-play = Pindutin ang button ng tunog para marinig ang mga salita.
web-familiar-tap = Para sumagot, pindutin ang iyong sagot. Subukan ngayon: pindutin ang bituin.
web-familiar-star = Bituin
web-familiar-done = Magaling!
web-familiar-dont-know = Kung hindi mo alam ang sagot, pindutin ang “Hindi ko alam”. Ayos lang iyon.
web-begin = Simulan ang pagsusulit
web-read-aloud = Awtomatikong basahin nang malakas
web-play = Pakinggan
web-stop = Itigil ang tunog
web-order-hint = Pindutin ang mga hakbang sa tamang pagkakasunod. Pindutin ang “Ulitin” para magbago.
web-order-done = Tapos na
web-order-again = Ulitin
web-hotspot-hint = Pindutin ang tamang lugar sa larawan.
web-hotspot-list = O piliin ang lugar sa listahang ito:
web-about-you = Tungkol sa iyo. Hindi ito binibilang.
web-wait-assessor = Ngayon, pinapanood ka ng iyong tagasuri habang gumagawa ng gawain. Pakihintay.
web-saving = Sine-save ang iyong sagot…
web-offline = Nawala ang koneksyon. Nakatago ang iyong sagot. Susubukan namin ulit.
web-error = May nangyaring mali. Pakitanong ang iyong tagasuri.
web-end-heading = Salamat. Tapos ka na.
web-end-next = Naka-save ang iyong mga sagot. Kakausapin ka ng iyong tagasuri tungkol sa susunod. Maaari mo nang isara ang pahinang ito.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = Pagsusuri ng digital na kasanayan
web-question-number = Tanong { $number }

## Assessor view

web-assessor-title = Pahina ng tagasuri
web-assessor-forget-key = Kalimutan ang key
web-assessor-key-heading = Mag-sign in gamit ang key ng iyong ahensya
web-assessor-key-label = API key ng ahensya
web-assessor-key-hint = Nakatago lamang sa tab na ito ng browser hanggang isara mo ito.
web-assessor-key-use = Gamitin ang key na ito
web-assessor-key-wrong = Hindi gumagana ang key na ito. Ilagay itong muli.
web-assessor-start-heading = Magsimula ng sesyon
web-assessor-learner-ref = Reference ng mag-aaral
web-assessor-learner-ref-hint = Ang code ng iyong ahensya para sa mag-aaral: mga titik, numero, tuldok, gitling. Hindi kailanman pangalan.
web-assessor-language = Wika ng mag-aaral
web-assessor-assisted = Kasama ko ang mag-aaral at itinatala ko ang mga napanood na gawain
web-assessor-start = Simulan ang sesyon
web-assessor-session-heading = Sesyong nagpapatuloy
web-assessor-answered = Mga sagot sa ngayon
web-assessor-code = Code sa pagsali para sa device ng mag-aaral:
web-assessor-code-help = Bubuksan ng mag-aaral ang address na ito sa kanyang device, o iii-scan ang QR code, at ita-type ang code. Kung maisara ang pahina, bubuksan muli ng parehong code ang pagsusulit sa parehong tanong.
web-assessor-qr = QR code ng link para sumali: i-scan ito gamit ang camera ng telepono
web-assessor-new-code = Bagong code sa pagsali
web-assessor-stop = Tapusin na ang sesyon
web-assessor-task = Napanood na gawain: itala kung paano ito nangyari
web-assessor-result = Resulta
web-assessor-print = I-print ang resulta
web-assessor-print-learner = I-print ang pahina ng mag-aaral
web-assessor-new = Magsimula ng ibang sesyon

## Printed result

web-report-heading = Resulta sa digital literacy
web-report-profile = Profile ayon sa larangan
web-report-can-do = Kayang gawin
web-report-next = Mga susunod na hakbang
web-report-based-on = Saan nakabatay ang resultang ito
web-report-items = Mga tanong na nasagot
web-report-range = Malamang na saklaw ng antas
web-report-precision = Standard error (logits)
web-report-calibration = Kalibrasyon
web-report-language = Wika ng pagsusulit
web-report-session = Sesyon
web-report-time = Petsa (UTC)
web-report-not-measured = hindi nasukat
web-home-heading = Ang aking digital na kasanayan
web-home-can = Kaya kong
web-home-next = Susunod kong matututunan
