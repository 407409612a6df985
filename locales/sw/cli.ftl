## Kiolesura cha mstari wa amri na ripoti (Kiswahili). Vishika-nafasi hujazwa na programu.

## Maandishi ya msaada
cli-about = Weka wanafunzi wazima kwenye Viwango vya Ujuzi wa Kidijitali vya NLN kwa jaribio fupi linalojirekebisha.
cli-heading-commands = Amri
cli-heading-options = Chaguo
cli-opt-help = Onyesha msaada huu
cli-opt-version = Onyesha toleo
cli-opt-lang = Lugha ya maswali na ujumbe (kwa mfano en, fr, fr-CA); chaguo-msingi kutoka NLN_LANG au LANG
cli-opt-bank = Maudhui ya kutumia: folda ya benki (yenye bank.yaml) au folda ya maudhui (yenye framework.yaml); chaguo-msingi: benki iliyojengwa ndani
cli-opt-bank-name = Benki ipi ya folda ya maudhui itumike
cli-opt-seed = Mbegu ya nasibu: mbegu ileile na majibu yaleyale hutoa jaribio lilelile
cli-opt-json = Chapisha matokeo kama JSON kwenye matokeo ya kawaida (standard output)
cli-assess-about = Endesha tathmini kwenye terminal, ukijibu kila swali kwa namba yake
cli-assess-opt-save = Hifadhi kipindi kwenye faili hii baada ya kila jibu (kiendeleze kwa --resume)
cli-assess-opt-resume = Endeleza kipindi kilichohifadhiwa kwa --save
cli-assess-opt-no-access = Ruka maswali ya ufikiaji (vifaa, muunganisho, barua pepe …)
cli-assess-opt-audio = Cheza kila swali na jibu kwa kicheza sauti kilicho kwenye PATH (r = sikiliza tena)
cli-assess-opt-max-items = Idadi kubwa zaidi ya maswali yanayopewa alama
cli-assess-opt-method = Kikadiriaji cha matokeo: eap, map, mle au wle
cli-validate-about = Kagua folda ya maudhui (mfumo, viwango, benki na lugha) na uchapishe kila kosa lililopatikana
cli-validate-opt-dir = Folda ya maudhui (kama assessments/) au folda ya benki
cli-validate-opt-locales = Folda ya lugha ya kukagua dhidi ya maudhui (chaguo-msingi: folda ya locales kando ya folda ya maudhui)
cli-simulate-about = Endesha wanafunzi wa kuigwa kwenye jaribio linalojirekebisha na uripoti urefu, usahihi na usahihi wa kupanga viwango
cli-simulate-opt-n = Idadi ya wanafunzi wa kuigwa
cli-simulate-opt-distribution = Mgawanyo wa uwezo: normal (wastani 0, SD 1) au uniform (-3.5 hadi 3.5)
cli-simulate-opt-no-exposure = Usitekeleze mipaka ya kuonyeshwa kwa maswali

## Tathmini
assess-intro = Tathmini ya ujuzi wa kidijitali ya NLN — { $bank } (toleo { $version })
assess-provisional = Kumbuka: benki hii bado haijapimwa kwa data ya majibu; matokeo ni ya kukadiria tu.
assess-instructions = Jibu kwa namba ya chaguo lako, kisha bonyeza Enter. 0 = Sijui. q = simama (majibu yako yanahifadhiwa ukitumia --save).
assess-access-heading = Kuhusu wewe (haipewi alama)
assess-question = Swali { $number }
assess-audio-missing = Sauti: hakuna kwa swali hili
assess-choose = Jibu lako:
assess-order-hint = Andika namba kwa mpangilio sahihi, zikitenganishwa kwa nafasi (kwa mfano: 2 1 3).
assess-hotspot-hint = Chagua mahali kwenye skrini:
assess-task-hint = Mtathmini: andika jinsi kazi ilivyokwenda.
assess-invalid = Jibu hilo halifai. Tafadhali jaribu tena.
assess-saved = Kipindi kimehifadhiwa kwenye { $file }.
assess-resumed = Kipindi kimeendelezwa chenye { $count ->
        [one] jibu { $count }
       *[other] majibu { $count }
    }.
assess-stopped = Imesimamishwa kabla ya mwisho. { $count ->
        [one] Jibu { $count } lilitolewa
       *[other] Majibu { $count } yalitolewa
    }.
assess-input-ended = Uingizaji uliisha kabla jaribio halijamalizika.
answer-dont-know = Sijui

## Matokeo
result-heading = Matokeo
result-level = Kiwango: { $name }
result-profile = Wasifu: { $profile }
result-band = Kiwango kinachowezekana: NLN { $low } hadi NLN { $high } (uhakika { $confidence } %)
result-theta = Makadirio ya uwezo: { $theta } (kosa la kawaida { $se }, { $method })
result-items = Maswali yaliyopewa alama: { $count }. Imesimama kwa sababu: { $reason }
result-capped = Kiwango cha jumla kimebaki { $code } kwa sababu eneo la msingi liko chini wazi (vinginevyo kingekuwa { $uncapped }).
result-irregular = Wasifu usio wa kawaida: maeneo ya msingi yanatofautiana kwa viwango viwili au zaidi.
result-areas-heading = Maeneo
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high }), { $items ->
        [one] swali { $items }
       *[other] maswali { $items }
    } — { $standing }
result-area-not-measured = { $code } { $name }: haijapimwa
result-area-few = (maswali machache: soma kwa uangalifu)
result-can-do-heading = Ninaweza …
result-next-heading = Hatua zinazofuata za kujifunza
result-guidance-heading = Huduma
result-access-heading = Ufikiaji (kujieleza mwenyewe)
result-provisional = Ya muda: alama za mipaka na vigezo vya maswali vimewekwa na wataalamu hadi benki ipimwe.
result-review = Maswali yalionyeshwa kwa { $locale } ({ $status }).
standing-strength = uwezo mkubwa
standing-on_level = kwenye kiwango
standing-needs_support = anahitaji msaada
standing-not_measured = haijapimwa
guidance-phone-services = Anaweza kutumia huduma za simu na za ujumbe wa sauti
guidance-online-services = Yuko tayari kwa madarasa ya mtandaoni na huduma za mtandaoni
guidance-independent = Anajitegemea katika huduma za serikali mtandaoni na kutafuta kazi
guidance-met = ndiyo
guidance-not_met = bado
guidance-unknown = haijulikani (ufikiaji haukuulizwa)
stop-precision = matokeo yana usahihi wa kutosha
stop-classified = kiwango kimeamuliwa
stop-max-items = idadi kubwa zaidi ya maswali imeulizwa
stop-bank-exhausted = hakuna maswali yaliyobaki
stop-none = haijamalizika
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = imekaguliwa
review-machine-drafted = imetafsiriwa na mashine, bado haijakaguliwa
access-field-devices = Vifaa
access-field-connection = Muunganisho
access-field-email_account = Akaunti ya barua pepe
access-field-reads_first_language = Anasoma lugha yake ya kwanza
access-field-assistive_needs = Mahitaji ya msaada
access-field-preferred_channel = Njia ya huduma anayopendelea

## Ukaguzi
validate-ok = { $path }: hakuna makosa (maswali { $items } katika benki { $bank }, lugha { $locales } zimekaguliwa).
validate-errors = { $path }: { $count ->
        [one] kosa { $count } limepatikana
       *[other] makosa { $count } yamepatikana
    }.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: ujumbe `{ $id }` haupo
validate-missing-audio = { $locale }: sauti `{ $id }` haipo kwenye audio.yaml
validate-coverage = Maswali kwa kiwango: { $coverage }
validate-no-banks = Hakuna benki iliyopatikana chini ya { $path } (ilitarajiwa banks/<name>/bank.yaml).

load-error-syntax = haisomeki au haifuati muundo: { $detail }
load-error-missing-field = sehemu inayohitajika haipo
load-error-invalid-value = thamani si sahihi: { $detail }
load-error-duplicate-id = kitambulisho kimejirudia { $detail }
load-error-unknown-competence = ujuzi usiojulikana { $detail }
load-error-unknown-source = chanzo cha kulinganisha kisichojulikana { $detail }
load-error-non-positive-a = utofautishaji a lazima uwe mkubwa kuliko 0 (imepatikana { $detail })
load-error-guessing-range = ubahatishaji c lazima uwe angalau 0 na chini ya 1 (imepatikana { $detail })
load-error-unordered-thresholds = mipaka ya daraja lazima iongezeke kikamilifu (imepatikana { $detail })
load-error-threshold-count = aina za alama na mipaka havilingani (aina/mipaka: { $detail })
load-error-key-not-option = jibu sahihi { $detail } si mojawapo ya chaguo au maeneo ya swali
load-error-model-type = modeli hii haiwezi kutoa alama kwa aina hii ya swali ({ $detail })
load-error-unordered-cuts = alama za mipaka lazima ziongezeke pamoja na kiwango ({ $detail })
load-error-level-sequence = viwango lazima viende 0, 1, 2 … bila mapengo (kilichotarajiwa/kilichopatikana: { $detail })
load-error-missing-file = faili haikupatikana: { $detail }
load-error-competence-without-items = ujuzi { $detail } hauna swali lolote katika benki
load-error-bad-message-id = si kitambulisho halali cha ujumbe wa Fluent: { $detail }

## Uigaji
simulate-progress = Wanafunzi { $done } kati ya { $total } wameigwa
simulate-heading = Uigaji: { $n ->
        [one] mwanafunzi { $n }
       *[other] wanafunzi { $n }
    }, mbegu { $seed }, benki { $bank }
simulate-items = Wastani wa maswali yaliyopewa alama: { $mean } (zaidi: { $max })
simulate-rmse = RMSE ya uwezo: { $rmse }; upendeleo: { $bias }; wastani wa kosa la kawaida: { $se }
simulate-accuracy = Waliowekwa kwenye kiwango chao halisi: { $exact } %; ndani ya kiwango kimoja: { $within } %
simulate-exposure = Kiwango cha juu zaidi cha kuonyeshwa kwa swali: { $rate } %
simulate-stops = Kusimama: { $reasons }
simulate-level-line = Kiwango halisi { $code }: wanafunzi { $n }, sahihi kabisa { $exact } %, ndani ya kimoja { $within } %, maswali { $items }

## Makosa
error-read = Haiwezekani kusoma { $path }: { $reason }
error-write = Haiwezekani kuandika { $path }: { $reason }
error-not-content = { $path } haina framework.yaml (folda ya maudhui) wala bank.yaml (folda ya benki).
error-session-file = { $path } si kipindi kilichohifadhiwa: { $reason }
error-session = Kipindi hakiwezi kuendelea: { $reason }
error-content = Maudhui yana makosa:
error-locales = Faili za lugha zina makosa:
clip-status-pending = bado haijarekodiwa
clip-status-recorded = imerekodiwa
clip-status-synthesized = sauti iliyotengenezwa na kompyuta
