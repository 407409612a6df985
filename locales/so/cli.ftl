## Interface-ka khadka amarka iyo warbixinnada (Soomaali). Doorsoomayaasha waxaa buuxiya barnaamijka.

## Qoraalka caawimaadda
cli-about = Ku meeleey ardayda waaweyn heerarka Akhris-qoraaga Dijitaalka NLN, adigoo isticmaalaya imtixaan gaaban oo la qabsada.
cli-heading-commands = Amarrada
cli-heading-options = Doorashooyinka
cli-opt-help = Tus caawimaaddan
cli-opt-version = Tus nooca (version)
cli-opt-lang = Luqadda su'aalaha iyo fariimaha (tusaale: en, fr, fr-CA); caadi ahaan waxaa laga qaataa NLN_LANG ama LANG
cli-opt-bank = Waxyaabaha la isticmaalayo: gal bangi (leh bank.yaml) ama gal waxyaabo (leh framework.yaml); caadi ahaan: bangiga ku dhex jira barnaamijka
cli-opt-bank-name = Bangiga galka waxyaabaha ee la isticmaalayo
cli-opt-seed = Abuurka nasiibka (seed): abuur isku mid ah iyo jawaabo isku mid ah waxay bixiyaan imtixaan isku mid ah
cli-opt-json = Natiijada u daabac JSON ahaan soo-saarka caadiga ah
cli-assess-about = Ku samee qiimayn terminal-ka, adigoo su'aal kasta kaga jawaabaya lambarkeeda
cli-assess-opt-save = Fadhiga ku kaydi faylkan jawaab kasta kadib (ku sii wad --resume)
cli-assess-opt-resume = Sii wad fadhi lagu kaydiyey --save
cli-assess-opt-no-access = Ka bood su'aalaha helitaanka (qalabka, xiriirka, iimaylka …)
cli-assess-opt-audio = Ku daar su'aal kasta iyo jawaab kasta ciyaaraha codka ee PATH ku jira (r = mar kale dhageyso)
cli-assess-opt-max-items = Tirada ugu badan ee su'aalaha la dhibco siinayo
cli-assess-opt-method = Qiyaasaha natiijada: eap, map, mle ama wle
cli-validate-about = Hubi gal waxyaabo (qaab-dhismeedka, heerarka, bangiyada iyo luqadaha) oo daabac qalad kasta oo la helo
cli-validate-opt-dir = Galka waxyaabaha (sida assessments/) ama galka bangiga
cli-validate-opt-locales = Galka luqadaha ee lagu hubinayo waxyaabaha (caadi ahaan: gal luqadeed oo ku ag yaal galka waxyaabaha)
cli-simulate-about = Arday la jilay mari imtixaanka la qabsada, oo soo sheeg dhererka, saxnaanta iyo saxnaanta meelaynta
cli-simulate-opt-n = Tirada ardayda la jilayo
cli-simulate-opt-distribution = Qaybinta awoodda: normal (celcelis 0, SD 1) ama uniform (-3.5 ilaa 3.5)
cli-simulate-opt-no-exposure = Ha dhaqan gelin xadka soo bandhigga su'aalaha

## Qiimaynta
assess-intro = Qiimaynta akhris-qoraaga dijitaalka NLN — { $bank } (nooca { $version })
assess-provisional = Ogow: bangigan weli laguma cabbirin xog jawaabeed; natiijooyinku waa tilmaan keliya.
assess-instructions = Ku jawaab lambarka doorashadaada, kadib riix Enter. 0 = Ma aqaan. q = jooji (jawaabahaaga waa la kaydiyaa marka aad isticmaasho --save).
assess-access-heading = Adiga kugu saabsan (dhibco looma siiyo)
assess-question = Su'aasha { $number }
assess-audio-missing = Cod: ma jiro su'aashan
assess-choose = Jawaabtaada:
assess-order-hint = Qor lambarrada siday isugu xigaan, boos u dhexeeyo (tusaale: 2 1 3).
assess-hotspot-hint = Dooro meesha shaashadda:
assess-task-hint = Qiimeeyaha: qor sida hawshu u dhacday.
assess-invalid = Jawaabtaasi ma habboona. Fadlan mar kale isku day.
assess-saved = Fadhiga waxaa lagu kaydiyey { $file }.
assess-resumed = Waxaa la sii waday fadhi leh { $count ->
        [one] { $count } jawaab
       *[other] { $count } jawaabood
    }.
assess-stopped = Waa la joojiyey ka hor dhammaadka. { $count ->
        [one] { $count } jawaab ayaa la bixiyey
       *[other] { $count } jawaabood ayaa la bixiyey
    }.
assess-input-ended = Gelintu way dhammaatay ka hor intaan imtixaanku dhammaan.
answer-dont-know = Ma aqaan

## Natiijada
result-heading = Natiijada
result-level = Heerka: { $name }
result-profile = Muuqaalka: { $profile }
result-band = Inta suurtagalka ah: NLN { $low } ilaa NLN { $high } ({ $confidence } % kalsooni)
result-theta = Qiyaasta awoodda: { $theta } (qaladka caadiga ah { $se }, { $method })
result-items = Su'aalaha la dhibco siiyey: { $count }. Waxaa la joojiyey sababtoo ah: { $reason }
result-capped = Heerka guud waxaa lagu hayay { $code } sababtoo ah qayb muhiim ah ayaa si cad uga hooseysa (haddii kale wuxuu noqon lahaa { $uncapped }).
result-irregular = Muuqaal aan caadi ahayn: qaybaha muhiimka ah waxay ku kala duwan yihiin laba heer ama ka badan.
result-areas-heading = Qaybaha
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high }), { $items ->
        [one] { $items } su'aal
       *[other] { $items } su'aalood
    } — { $standing }
result-area-not-measured = { $code } { $name }: lama cabbirin
result-area-few = (su'aalo yar: si taxaddar leh u akhri)
result-can-do-heading = Waan … karaa
result-next-heading = Tallaabooyinka xiga ee waxbarashada
result-guidance-heading = Adeegyada
result-access-heading = Helitaanka (is-sheegid)
result-provisional = Ku meel gaar: dhibcaha kala-goynta iyo xogta su'aalaha waxaa dejiyey khubaro ilaa bangiga la cabbiro.
result-review = Su'aalaha waxaa lagu muujiyey { $locale } ({ $status }).
standing-strength = awood
standing-on_level = heerka ku jira
standing-needs_support = u baahan taageero
standing-not_measured = lama cabbirin
guidance-phone-services = Isticmaali kara adeegyada taleefanka iyo fariimaha codka
guidance-online-services = Diyaar u ah fasallada internetka iyo adeegyada internetka
guidance-independent = Keligiis ku qabsan kara adeegyada dowladda ee internetka iyo shaqo-raadinta
guidance-met = haa
guidance-not_met = weli maya
guidance-unknown = lama yaqaan (su'aalaha helitaanka lama weydiin)
stop-precision = natiijadu si ku filan ayay u sax tahay
stop-classified = heerka waa la go'aamiyey
stop-max-items = tirada ugu badan ee su'aalaha ayaa la weydiiyey
stop-bank-exhausted = su'aalo kale ma harin
stop-none = lama dhammayn
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = la hubiyey
review-machine-drafted = mashiin baa qoray, weli lama hubin
access-field-devices = Qalabka
access-field-connection = Xiriirka internetka
access-field-email_account = Akoonka iimaylka
access-field-reads_first_language = Akhriya luqaddiisa hooyo
access-field-assistive_needs = Baahiyaha taageerada
access-field-preferred_channel = Habka adeegga ee la door biday

## Hubinta
validate-ok = { $path }: qalad ma jiro ({ $items } su'aalood oo ku jira bangiga { $bank }, { $locales } luqadood ayaa la hubiyey).
validate-errors = { $path }: { $count ->
        [one] { $count } qalad ayaa la helay
       *[other] { $count } qaladaad ayaa la helay
    }.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: fariinta `{ $id }` way maqan tahay
validate-missing-audio = { $locale }: cajaladda codka `{ $id }` kama jirto audio.yaml
validate-coverage = Su'aalaha heer kasta: { $coverage }
validate-no-banks = Bangi lagama helin { $path } (waxaa la filayay banks/<name>/bank.yaml).

load-error-syntax = lama akhriyi karo ama kuma habboona qaabka: { $detail }
load-error-missing-field = qayb loo baahan yahay ayaa maqan
load-error-invalid-value = qiimuhu sax ma aha: { $detail }
load-error-duplicate-id = aqoonsi laba jeer soo noqday { $detail }
load-error-unknown-competence = karti aan la aqoon { $detail }
load-error-unknown-source = il isbarbardhig oo aan la aqoon { $detail }
load-error-non-positive-a = kala-soocidda a waa inay ka weyn tahay 0 (waxaa la helay { $detail })
load-error-guessing-range = qiyaasidda c waa inay ahaataa ugu yaraan 0 oo ka yar 1 (waxaa la helay { $detail })
load-error-unordered-thresholds = xuduudaha heerarka waa inay si adag u kordhaan (waxaa la helay { $detail })
load-error-threshold-count = qaybaha dhibcaha iyo xuduudaha isma waafaqsana (qaybaha/xuduudaha: { $detail })
load-error-key-not-option = furaha jawaabta { $detail } ma aha mid ka mid ah doorashooyinka ama meelaha su'aasha
load-error-model-type = moodelkan ma dhibco siin karo nooca su'aashan ({ $detail })
load-error-unordered-cuts = dhibcaha kala-goyntu waa inay la kordhaan heerka ({ $detail })
load-error-level-sequence = heerarku waa inay u socdaan 0, 1, 2 … iyadoo aan meel bannaan lahayn (la filayay/la helay: { $detail })
load-error-missing-file = faylka lama helin: { $detail }
load-error-competence-without-items = kartida { $detail } su'aal kuma laha bangiga
load-error-bad-message-id = ma aha aqoonsi fariin Fluent oo sax ah: { $detail }

## Jilitaanka
simulate-progress = Waxaa la jilay { $done } ka mid ah { $total } arday
simulate-heading = Jilitaan: { $n } arday, abuurka { $seed }, bangiga { $bank }
simulate-items = Celceliska su'aalaha la dhibco siiyey: { $mean } (ugu badnaan: { $max })
simulate-rmse = RMSE-ga awoodda: { $rmse }; eex: { $bias }; celceliska qaladka caadiga ah: { $se }
simulate-accuracy = Lagu meeleeyey heerkooda dhabta ah: { $exact } %; hal heer gudihiis: { $within } %
simulate-exposure = Heerka ugu sarreeya ee soo bandhigga su'aasha: { $rate } %
simulate-stops = Joojinta: { $reasons }
simulate-level-line = Heerka dhabta ah { $code }: { $n } arday, sax { $exact } %, hal heer gudihiis { $within } %, { $items } su'aalood

## Qaladaadka
error-read = Lama akhriyi karo { $path }: { $reason }
error-write = Lama qori karo { $path }: { $reason }
error-not-content = { $path } kuma jiro framework.yaml (gal waxyaabo) ama bank.yaml (gal bangi).
error-session-file = { $path } ma aha fadhi la kaydiyey: { $reason }
error-session = Fadhigu ma sii socon karo: { $reason }
error-content = Waxyaabaha waxaa ku jira qaladaad:
error-locales = Faylasha luqadaha waxaa ku jira qaladaad:
clip-status-pending = weli lama duubin
clip-status-recorded = la duubay
clip-status-synthesized = cod mashiin ku sameeyey
