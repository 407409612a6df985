# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = Kiswahili
web-choose-language = Chagua lugha yako
web-change-language = Chagua lugha nyingine
web-join-heading = Nambari yako ya jaribio
web-join-help = Mtathmini wako anakupa nambari. Iandike hapa.
web-join-label = Nambari ya jaribio
web-join-button = Anza
web-join-invalid = Nambari hii haifanyi kazi. Iangalie, au muombe mtathmini wako nambari mpya.
web-familiar-heading = Kabla hatujaanza
web-familiar-not-scored = Zoezi hili halihesabiwi.
web-familiar-play = Gusa kitufe cha sauti ili kusikia maneno.
web-familiar-tap = Ili kujibu, gusa jibu lako. Jaribu sasa: gusa nyota.
web-familiar-star = Nyota
web-familiar-done = Vizuri sana!
web-familiar-dont-know = Usipojua jibu, gusa “Sijui”. Hakuna shida.
web-begin = Anza jaribio
web-read-aloud = Soma kwa sauti kiotomatiki
web-play = Sikiliza
web-stop = Simamisha sauti
web-order-hint = Gusa hatua kwa mpangilio sahihi. Gusa “Anza upya” kubadilisha.
web-order-done = Nimemaliza
web-order-again = Anza upya
web-hotspot-hint = Gusa mahali sahihi kwenye picha.
web-hotspot-list = Au chagua mahali kwenye orodha hii:
web-about-you = Kuhusu wewe. Hii haihesabiwi.
web-wait-assessor = Sasa mtathmini wako anakutazama ukifanya kazi. Tafadhali subiri.
web-saving = Tunahifadhi jibu lako…
web-offline = Muunganisho umepotea. Jibu lako limehifadhiwa. Tunajaribu tena.
web-error = Kuna tatizo. Tafadhali muulize mtathmini wako.
web-end-heading = Asante. Umemaliza.
web-end-next = Majibu yako yamehifadhiwa. Mtathmini wako atazungumza nawe kuhusu hatua inayofuata. Unaweza kufunga ukurasa huu.

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = Jaribio la ujuzi wa kidijitali
web-question-number = Swali { $number }

## Assessor view

web-assessor-title = Ukurasa wa mtathmini
web-assessor-forget-key = Sahau ufunguo
web-assessor-key-heading = Ingia kwa ufunguo wa shirika lako
web-assessor-key-label = Ufunguo wa API wa shirika
web-assessor-key-hint = Unahifadhiwa kwenye kichupo hiki cha kivinjari tu hadi ukifunge.
web-assessor-key-use = Tumia ufunguo huu
web-assessor-key-wrong = Ufunguo huu haufanyi kazi. Uingize tena.
web-assessor-start-heading = Anza kipindi
web-assessor-learner-ref = Kumbukumbu ya mwanafunzi
web-assessor-learner-ref-hint = Nambari ya shirika lako kwa mwanafunzi: herufi, tarakimu, nukta, vistari. Kamwe si jina.
web-assessor-language = Lugha ya mwanafunzi
web-assessor-assisted = Nimeketi na mwanafunzi na ninarekodi kazi zinazotazamwa
web-assessor-start = Anza kipindi
web-assessor-session-heading = Kipindi kinaendelea
web-assessor-answered = Majibu hadi sasa
web-assessor-code = Nambari ya kujiunga kwa kifaa cha mwanafunzi:
web-assessor-code-help = Mwanafunzi anafungua anwani hii kwenye kifaa chake, au anachanganua msimbo wa QR, na kuandika nambari. Ukurasa ukifungwa, nambari hiyo hiyo inafungua jaribio tena kwenye swali lile lile.
web-assessor-qr = Msimbo wa QR wa kiungo cha kujiunga: uchanganue kwa kamera ya simu
web-assessor-new-code = Nambari mpya ya kujiunga
web-assessor-stop = Maliza kipindi sasa
web-assessor-task = Kazi iliyotazamwa: rekodi ilivyokwenda
web-assessor-result = Matokeo
web-assessor-print = Chapisha matokeo
web-assessor-print-learner = Chapisha ukurasa wa mwanafunzi
web-assessor-new = Anza kipindi kingine

## Printed result

web-report-heading = Matokeo ya ujuzi wa kidijitali
web-report-profile = Wasifu kwa eneo
web-report-can-do = Anaweza
web-report-next = Hatua zinazofuata
web-report-based-on = Matokeo haya yanategemea nini
web-report-items = Maswali yaliyojibiwa
web-report-range = Kiwango kinachowezekana
web-report-precision = Kosa sanifu (logiti)
web-report-calibration = Urekebishaji
web-report-language = Lugha ya jaribio
web-report-session = Kipindi
web-report-time = Tarehe (UTC)
web-report-not-measured = haijapimwa
web-home-heading = Ujuzi wangu wa kidijitali
web-home-can = Ninaweza
web-home-next = Baadaye nitajifunza
