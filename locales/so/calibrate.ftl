## Qiyaasid iyo cilmi-baaris (Soomaali, qabyo mashiin). Cilmi-baarayaasha: cod la'aan.

cli-calibrate-about = Qiyaas halbeegyada su'aalaha xogta jawaabaha (MML-EM) oo, haddii la rabo, qor nooc la qiyaasay oo bangiga ah
cli-research-opt-data = Faylka jawaabaha: CSV dheer (id,item,resp) ama ballaaran (tiir su'aal kasta, NA = lama bixin)
cli-research-opt-format = Qaabka faylka: long ama wide (caadi ahaan: waxaa laga garanayaa madaxa)
cli-calibrate-opt-model = Moodeelka su'aal kasta: rasch, 1pl, 2pl, 3pl ama grm
cli-calibrate-opt-items-model = Fayl CSV ah oo sadarro su'aal,moodeel ah oo qaar su'aalaha siiya moodeel kale
cli-calibrate-opt-anchor = Bangi ay su'aalihiisu hayaan halbeegyadooda (qiyaasid barroosin go'an oo miisaankiisa ah)
cli-calibrate-opt-out = Ku qor bangiga halbeegyada cusub, nooc cusub oo la qiyaasay, galkan
cli-calibrate-opt-version = Nooca bangiga la qorayo (caadi ahaan: nooca yar ee xiga)
cli-calibrate-opt-slope-prior = Prior log-normal ah oo janjeerrada ah oo SD-gan leh (tusaale 0.5), xog la qabsanaya oo kala firirsan
cli-calibrate-opt-no-se = Ha xisaabin khaladaadka caadiga ah (ka dhakhso badan bangiyada waaweyn)
cli-score-about = Qiyaas awoodda, khaladka caadiga ah iyo heerka NLN ee qof kasta oo fayl jawaabeed ku jira
cli-score-opt-csv = Daabac CSV (id,theta,se,level,items)
cli-score-opt-eapsum = Daabac shaxda EAP ee dhibcaha guud ee foom go'an (dhammaan waxay ka jawaabeen su'aalo isku mid ah)
cli-export-about = U dhoofi jawaabaha la dhibcaysay ee fadhiyada la kaydiyay CSV dheer ama ballaaran
cli-export-opt-sessions = Faylasha fadhiyada la kaydiyay (JSON)
cli-export-opt-out = Ku qor faylkan halkii laga qori lahaa wax-soo-saarka caadiga ah

calibrate-progress = Wareegyada EM
calibrate-converged = Wuu isku dhowaaday { $cycles } wareeg kadib ({ $items } su'aalood, { $persons } qof).
calibrate-not-converged = Isma dhowaan { $cycles } wareeg kadib ({ $items } su'aalood, { $persons } qof): qiyaasaha si taxaddar leh u isticmaal.
calibrate-fit = Log-likelihood { $loglik }, AIC { $aic }, BIC { $bic }, { $parameters } halbeeg.
calibrate-latent = Qaybinta qarsoon: celcelis { $mean }, SD { $sd }.
calibrate-table-header = su'aal, moodeel, janjeer a (SE), goob b (SE), asymptote c (SE), jawaabo; * = barroosin
calibrate-se-method = Khaladaadka caadiga ah: { $method }.
calibrate-written = Nooca { $version } ee bangiga waxaa lagu qoray { $path } ({ $items } su'aalood ayaa la qiyaasay).
calibrate-unknown-model = moodeel aan la aqoon “{ $model }” (rasch, 1pl, 2pl, 3pl ama grm)
calibrate-unknown-item = su'aasha “{ $item }” kuma jirto faylka jawaabaha
calibrate-out-unknown-items = Bangi lama qori karo: su'aalahan kuma jiraan bangiga { $bank }: { $items }
calibrate-out-invalid = Bangiga la qiyaasay ma shubmeen:
calibrate-error-spec-count = Moodeelladu kuma habboona su'aalaha faylka jawaabaha.
calibrate-error-no-data = Faylku jawaab ma leh.
calibrate-error-no-variation = Su'aal { $item }: jawaab kasta waxay leedahay dhibic isku mid ah, wax la qiyaaso ma jiro.
calibrate-error-not-dichotomous = Su'aasha { $item } waxay leedahay dhibic { $score }, laakiin moodeelku wuxuu bixiyaa 0 iyo 1 oo keliya (isticmaal --model grm).
calibrate-error-empty-category = Su'aal { $item }: qofna ma helin { $score }; dib u koodee dhibcaha si qayb kasta loo isticmaalo.
calibrate-error-anchor-categories = Su'aasha barroosinta { $item } waxay leedahay { $categories } qaybood, laakiin xogtu waxay leedahay dhibic { $score }.
calibrate-error-settings = Dejin qiyaaseed ayaa ka baxsan xadka.
calibrate-data-item-out-of-range = tiir su'aal oo ka baxsan xadka
calibrate-data-duplicate-item = isla su'aal laba jeer hal saf
calibrate-data-bad-weight = miisaan saf oo aan ahayn tiro togan
calibrate-data-score-too-large = dhibic aad u weyn

data-error-csv = CSV khaldan: { $reason }
data-error-empty = faylku waa madhan yahay
data-error-missing-column = tiirka “{ $column }” ayaa maqan
data-error-duplicate-column = tiirka “{ $column }” laba jeer ayuu soo baxay
data-error-no-items = tiirar su'aalo ah ma jiraan
data-error-bad-score = dhibicda “{ $value }” ma aha tiro dhan oo 0 ama ka badan (NA ama madhan = lama bixin)
data-error-empty-id = aqoonsi madhan
data-error-duplicate-response = qofka “{ $person }” laba jeer ayuu ka jawaabay su'aasha “{ $item }”
data-error-duplicate-person = qofka “{ $person }” wuxuu leeyahay laba saf
data-error-covariate-conflict = qofka “{ $person }”: doorsoomaha { $name } waa “{ $first }” iyo “{ $second }” labadaba
data-error-unknown-item = Su'aasha “{ $item }” kuma jirto bangiga { $bank } ama ma laha moodeel IRT.

score-header = id, theta, SE, heerka NLN, su'aalaha laga jawaabay ({ $method }); * = MLE xadka raadinta
score-out-of-range = Qof { $person }, su'aal { $item }: dhibicda { $score } way ka sarreysaa dhibicda ugu sarreysa ee su'aasha, { $max }.
score-not-fixed-form = Shaxda EAP ee dhibcaha guud waxay u baahan tahay foom go'an: dhammaan waa inay ka jawaabaan su'aalo isku mid ah.
score-eapsum-header = dhibcaha guud, theta EAP, SD, dadka la arkay, dadka la filayo

export-error-session = { $path }: ma aha fadhi la kaydiyay ({ $reason })
