## Urekebishaji na utafiti (Kiswahili, rasimu ya mashine). Kwa watafiti: bila sauti.

cli-calibrate-about = Kukadiria vigezo vya maswali kutoka kwa majibu (MML-EM) na, ukitaka, kuandika toleo lililorekebishwa la benki
cli-research-opt-data = Faili la majibu: CSV ndefu (id,item,resp) au pana (safu moja kwa kila swali, NA = halikutolewa)
cli-research-opt-format = Mpangilio wa faili: long au wide (chaguo-msingi: hutambuliwa kutoka kichwa)
cli-calibrate-opt-model = Modeli ya kila swali: rasch, 1pl, 2pl, 3pl au grm
cli-calibrate-opt-items-model = Faili la CSV la mistari swali,modeli linalowapa baadhi ya maswali modeli nyingine
cli-calibrate-opt-anchor = Benki ambayo maswali yake yanabaki na vigezo vyake (urekebishaji kwa nanga zisizobadilika kwenye kipimo chake)
cli-calibrate-opt-out = Andika benki yenye vigezo vipya, kama toleo jipya lililorekebishwa, kwenye folda hii
cli-calibrate-opt-version = Toleo la benki inayoandikwa (chaguo-msingi: toleo dogo linalofuata)
cli-calibrate-opt-slope-prior = Prior ya log-normal kwa miteremko yenye SD hii (k.m. 0.5), kwa data chache za kubadilika
cli-calibrate-opt-no-se = Usikokotoe makosa sanifu (haraka zaidi kwa benki kubwa)
cli-score-about = Kukadiria uwezo, kosa sanifu na kiwango cha NLN cha kila mtu katika faili la majibu
cli-score-opt-csv = Chapisha CSV (id,theta,se,level,items)
cli-score-opt-eapsum = Chapisha jedwali la EAP kwa alama jumla la fomu isiyobadilika (wote walijibu maswali yale yale)
cli-export-about = Hamisha majibu yaliyopewa alama ya vikao vilivyohifadhiwa kama CSV ndefu au pana
cli-export-opt-sessions = Faili za vikao vilivyohifadhiwa (JSON)
cli-export-opt-out = Andika kwenye faili hili badala ya towe la kawaida

calibrate-progress = Mizunguko ya EM
calibrate-converged = Imekaribiana baada ya { $cycles ->
    [one] mzunguko { $cycles }
   *[other] mizunguko { $cycles }
} (maswali { $items }, watu { $persons }).
calibrate-not-converged = Haijakaribiana baada ya { $cycles ->
    [one] mzunguko { $cycles }
   *[other] mizunguko { $cycles }
} (maswali { $items }, watu { $persons }): tumia makadirio kwa tahadhari.
calibrate-fit = Log-likelihood { $loglik }, AIC { $aic }, BIC { $bic }, vigezo { $parameters }.
calibrate-latent = Mgawanyo fiche: wastani { $mean }, SD { $sd }.
calibrate-table-header = swali, modeli, mteremko a (SE), mahali b (SE), asimptoti c (SE), majibu; * = nanga
calibrate-se-method = Makosa sanifu: { $method }.
calibrate-written = Toleo { $version } la benki limeandikwa kwenye { $path } (maswali { $items } yamerekebishwa).
calibrate-unknown-model = modeli isiyojulikana “{ $model }” (rasch, 1pl, 2pl, 3pl au grm)
calibrate-unknown-item = swali “{ $item }” halimo kwenye faili la majibu
calibrate-out-unknown-items = Hakuna benki inayoweza kuandikwa: maswali haya hayamo kwenye benki { $bank }: { $items }
calibrate-out-invalid = Benki iliyorekebishwa isingepakia:
calibrate-error-spec-count = Modeli hazilingani na maswali ya faili la majibu.
calibrate-error-no-data = Faili halina majibu.
calibrate-error-no-variation = Swali { $item }: majibu yote yana alama moja, hakuna cha kukadiria.
calibrate-error-not-dichotomous = Swali { $item } lina alama { $score }, lakini modeli hutoa 0 na 1 tu (tumia --model grm).
calibrate-error-empty-category = Swali { $item }: hakuna aliyepata { $score }; badilisha alama ili kila kundi litumike.
calibrate-error-anchor-categories = Swali la nanga { $item } lina makundi { $categories }, lakini data ina alama { $score }.
calibrate-error-settings = Mpangilio wa urekebishaji uko nje ya kiwango.
calibrate-data-item-out-of-range = safu ya swali nje ya kiwango
calibrate-data-duplicate-item = swali lile lile mara mbili kwenye mstari mmoja
calibrate-data-bad-weight = uzito wa mstari usio namba chanya
calibrate-data-score-too-large = alama kubwa mno

data-error-csv = CSV yenye hitilafu: { $reason }
data-error-empty = faili ni tupu
data-error-missing-column = safu “{ $column }” haipo
data-error-duplicate-column = safu “{ $column }” inaonekana mara mbili
data-error-no-items = hakuna safu za maswali
data-error-bad-score = alama “{ $value }” si namba kamili ya 0 au zaidi (NA au tupu = halikutolewa)
data-error-empty-id = kitambulisho tupu
data-error-duplicate-response = mtu “{ $person }” alijibu swali “{ $item }” mara mbili
data-error-duplicate-person = mtu “{ $person }” ana mistari miwili
data-error-covariate-conflict = mtu “{ $person }”: kigezo { $name } ni “{ $first }” na pia “{ $second }”
data-error-unknown-item = Swali “{ $item }” halimo kwenye benki { $bank } au halina modeli ya IRT.

score-header = id, theta, SE, kiwango cha NLN, maswali yaliyojibiwa ({ $method }); * = MLE kwenye mpaka wa utafutaji
score-out-of-range = Mtu { $person }, swali { $item }: alama { $score } inazidi alama ya juu ya swali, { $max }.
score-not-fixed-form = Jedwali la EAP kwa alama jumla linahitaji fomu isiyobadilika: wote lazima wajibu maswali yale yale.
score-eapsum-header = alama jumla, theta ya EAP, SD, watu walioonekana, watu wanaotarajiwa

export-error-session = { $path }: si kikao kilichohifadhiwa ({ $reason })
