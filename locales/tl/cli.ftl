## Command-line interface at mga ulat (Tagalog). Ang mga placeable ay pinupunan ng programa.

## Tulong
cli-about = Ilagay ang mga adultong nag-aaral sa tamang NLN Digital Literacy Level gamit ang maikling adaptive na pagsusulit.
cli-heading-commands = Mga command
cli-heading-options = Mga opsyon
cli-opt-help = Ipakita ang tulong na ito
cli-opt-version = Ipakita ang bersyon
cli-opt-lang = Wika ng mga tanong at mensahe (hal. en, fr, fr-CA); default mula sa NLN_LANG o LANG
cli-opt-bank = Nilalamang gagamitin: isang bank folder (na may bank.yaml) o isang content folder (na may framework.yaml); default: ang built-in na bangko
cli-opt-bank-name = Aling bangko sa content folder ang gagamitin
cli-opt-seed = Random seed: ang parehong seed at parehong mga sagot ay nagbibigay ng parehong pagsusulit
cli-opt-json = I-print ang resulta bilang JSON sa standard output
cli-assess-about = Magpatakbo ng pagsusuri sa terminal, sinasagot ang bawat tanong sa numero nito
cli-assess-opt-save = I-save ang session sa file na ito pagkatapos ng bawat sagot (ituloy ito gamit ang --resume)
cli-assess-opt-resume = Ituloy ang session na na-save gamit ang --save
cli-assess-opt-no-access = Laktawan ang mga tanong tungkol sa access (mga device, koneksyon, email …)
cli-assess-opt-audio = I-play ang bawat tanong at sagot gamit ang audio player na nasa PATH (r = pakinggan ulit)
cli-assess-opt-max-items = Pinakamaraming tanong na may puntos na itatanong
cli-assess-opt-method = Estimator para sa resulta: eap, map, mle o wle
cli-validate-about = Suriin ang isang content folder (balangkas, mga antas, mga bangko at mga locale) at i-print ang bawat error na makita
cli-validate-opt-dir = Content folder (tulad ng assessments/) o bank folder
cli-validate-opt-locales = Locales folder na susuriin laban sa nilalaman (default: isang locales folder sa tabi ng content folder)
cli-simulate-about = Magpatakbo ng mga simulated na nag-aaral sa adaptive na pagsusulit at iulat ang haba, katumpakan at kawastuhan ng paglalagay sa antas
cli-simulate-opt-n = Bilang ng mga simulated na nag-aaral
cli-simulate-opt-distribution = Distribusyon ng kakayahan: normal (mean 0, SD 1) o uniform (-3.5 hanggang 3.5)
cli-simulate-opt-no-exposure = Huwag ipatupad ang mga limitasyon sa exposure ng mga tanong

## Pagsusuri
assess-intro = NLN na pagsusuri ng digital literacy — { $bank } (bersyon { $version })
assess-provisional = Paalala: hindi pa naka-calibrate ang bangkong ito gamit ang datos ng mga sagot; pahiwatig lang ang mga resulta.
assess-instructions = Sumagot gamit ang numero ng inyong pinili, saka pindutin ang Enter. 0 = Hindi ko alam. q = huminto (naitatago ang inyong mga sagot kapag ginamit ninyo ang --save).
assess-access-heading = Tungkol sa inyo (walang puntos)
assess-question = Tanong { $number }
assess-audio-missing = Audio: wala para sa tanong na ito
assess-choose = Ang inyong sagot:
assess-order-hint = I-type ang mga numero sa tamang pagkakasunod-sunod, na may espasyo sa pagitan (halimbawa: 2 1 3).
assess-hotspot-hint = Piliin ang lugar sa screen:
assess-task-hint = Para sa tagasuri: itala kung paano nangyari ang gawain.
assess-invalid = Hindi tugma ang sagot na iyan. Pakisubukan ulit.
assess-saved = Na-save ang session sa { $file }.
assess-resumed = Itinuloy ang session na may { $count ->
        [one] { $count } sagot
       *[other] { $count } na sagot
    }.
assess-stopped = Huminto bago matapos. { $count } na sagot ang naibigay.
assess-input-ended = Natapos ang input bago natapos ang pagsusulit.
answer-dont-know = Hindi ko alam

## Resulta
result-heading = Resulta
result-level = Antas: { $name }
result-profile = Profile: { $profile }
result-band = Malamang na saklaw: NLN { $low } hanggang NLN { $high } ({ $confidence } % kumpiyansa)
result-theta = Tantiya ng kakayahan: { $theta } (standard error { $se }, { $method })
result-items = Mga tanong na may puntos: { $count }. Huminto dahil: { $reason }
result-capped = Pinanatili sa { $code } ang pangkalahatang antas dahil malinaw na mas mababa ang isang pangunahing larangan (kung hindi, ito ay { $uncapped }).
result-irregular = Hindi pantay na profile: magkaiba nang dalawang antas o higit pa ang mga pangunahing larangan.
result-areas-heading = Mga larangan
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high }), { $items } tanong — { $standing }
result-area-not-measured = { $code } { $name }: hindi nasukat
result-area-few = (kaunting tanong: basahin nang maingat)
result-can-do-heading = Kaya kong …
result-next-heading = Mga susunod na dapat matutunan
result-guidance-heading = Mga serbisyo
result-access-heading = Access (ayon sa sariling sagot)
result-provisional = Pansamantala: ang mga cut score at parameter ng mga tanong ay itinakda ng mga eksperto hanggang ma-calibrate ang bangko.
result-review = Ipinakita ang mga tanong sa { $locale } ({ $status }).
standing-strength = kalakasan
standing-on_level = nasa antas
standing-needs_support = kailangan ng suporta
standing-not_measured = hindi nasukat
guidance-phone-services = Kayang gumamit ng mga serbisyo sa telepono at voice message
guidance-online-services = Handa na para sa mga online na klase at online na serbisyo
guidance-independent = Kayang mag-isa sa mga online na serbisyo ng gobyerno at paghahanap ng trabaho
guidance-met = oo
guidance-not_met = hindi pa
guidance-unknown = hindi alam (hindi tinanong ang access)
stop-precision = sapat na ang katumpakan ng resulta
stop-classified = napagpasyahan na ang antas
stop-max-items = naitanong na ang pinakamaraming tanong
stop-bank-exhausted = wala nang natitirang tanong
stop-none = hindi natapos
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = nasuri na
review-machine-drafted = gawa ng makina, hindi pa nasusuri
access-field-devices = Mga device
access-field-connection = Koneksyon
access-field-email_account = Email account
access-field-reads_first_language = Nakakabasa sa unang wika
access-field-assistive_needs = Mga kailangang suporta
access-field-preferred_channel = Gustong paraan ng serbisyo

## Pagpapatunay
validate-ok = { $path }: walang error ({ $items } na tanong sa bangkong { $bank }, { $locales } na locale ang nasuri).
validate-errors = { $path }: { $count } na error ang nakita.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: nawawala ang mensaheng `{ $id }`
validate-missing-audio = { $locale }: nawawala sa audio.yaml ang audio clip na `{ $id }`
validate-coverage = Mga tanong bawat antas: { $coverage }
validate-no-banks = Walang nakitang bangko sa { $path } (inaasahan: banks/<pangalan>/bank.yaml).

load-error-syntax = hindi ma-parse o hindi tugma sa format: { $detail }
load-error-missing-field = nawawala ang kinakailangang field
load-error-invalid-value = hindi wasto ang value: { $detail }
load-error-duplicate-id = dobleng id { $detail }
load-error-unknown-competence = hindi kilalang kakayahan { $detail }
load-error-unknown-source = hindi kilalang crosswalk source { $detail }
load-error-non-positive-a = ang discrimination a ay dapat mas malaki sa 0 (nakuha: { $detail })
load-error-guessing-range = ang guessing c ay dapat hindi bababa sa 0 at mas mababa sa 1 (nakuha: { $detail })
load-error-unordered-thresholds = ang mga graded threshold ay dapat tumataas nang mahigpit (nakuha: { $detail })
load-error-threshold-count = hindi tugma ang mga score category at threshold (categories/thresholds: { $detail })
load-error-key-not-option = ang answer key { $detail } ay hindi isa sa mga opsyon o lugar ng tanong
load-error-model-type = hindi kayang bigyan ng puntos ng model na ito ang ganitong uri ng tanong ({ $detail })
load-error-unordered-cuts = dapat tumataas ang mga cut score kasabay ng antas ({ $detail })
load-error-level-sequence = ang mga antas ay dapat sunud-sunod na 0, 1, 2 … nang walang laktaw (inaasahan/nakuha: { $detail })
load-error-missing-file = hindi nakita ang file: { $detail }
load-error-competence-without-items = walang tanong sa bangko ang kakayahang { $detail }
load-error-bad-message-id = hindi wastong Fluent message id: { $detail }

## Simulation
simulate-progress = Na-simulate ang { $done } sa { $total } na nag-aaral
simulate-heading = Simulation: { $n } na nag-aaral, seed { $seed }, bangko { $bank }
simulate-items = Karaniwang bilang ng tanong na may puntos: { $mean } (pinakamarami: { $max })
simulate-rmse = RMSE ng kakayahan: { $rmse }; bias: { $bias }; karaniwang standard error: { $se }
simulate-accuracy = Nailagay sa tunay nilang antas: { $exact } %; sa loob ng isang antas: { $within } %
simulate-exposure = Pinakamataas na exposure rate ng tanong: { $rate } %
simulate-stops = Paghinto: { $reasons }
simulate-level-line = Tunay na antas { $code }: { $n } na nag-aaral, eksakto { $exact } %, sa loob ng isa { $within } %, { $items } tanong

## Mga error
error-read = Hindi mabasa ang { $path }: { $reason }
error-write = Hindi maisulat ang { $path }: { $reason }
error-not-content = Walang framework.yaml (content folder) o bank.yaml (bank folder) ang { $path }.
error-session-file = Hindi naka-save na session ang { $path }: { $reason }
error-session = Hindi maituloy ang session: { $reason }
error-content = May mga error ang nilalaman:
error-locales = May mga error ang mga locale file:
clip-status-pending = hindi pa nare-record
clip-status-recorded = naka-record
clip-status-synthesized = boses na gawa ng computer
