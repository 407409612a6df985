## Kalibrasyon at pananaliksik (Tagalog, draft ng makina). Para sa mananaliksik: walang audio.

cli-calibrate-about = Tantiyahin ang mga parameter ng aytem mula sa mga sagot (MML-EM) at, kung gusto, isulat ang na-calibrate na bersyon ng bangko
cli-research-opt-data = File ng mga sagot: mahabang CSV (id,item,resp) o malapad (isang column bawat aytem, NA = hindi ibinigay)
cli-research-opt-format = Ayos ng file: long o wide (default: batay sa header)
cli-calibrate-opt-model = Modelo ng bawat aytem: rasch, 1pl, 2pl, 3pl o grm
cli-calibrate-opt-items-model = CSV file ng mga linyang aytem,modelo na nagbibigay ng ibang modelo sa ilang aytem
cli-calibrate-opt-anchor = Bangko na ang mga aytem ay mananatili sa kanilang parameter (kalibrasyon na may nakapirming angkla sa iskala nito)
cli-calibrate-opt-out = Isulat ang bangko na may bagong parameter, bilang bagong na-calibrate na bersyon, sa folder na ito
cli-calibrate-opt-version = Bersyon ng isusulat na bangko (default: ang susunod na minor na bersyon)
cli-calibrate-opt-slope-prior = Log-normal na prior sa mga slope na may ganitong SD (hal. 0.5), para sa kalat-kalat na adaptive na data
cli-calibrate-opt-no-se = Laktawan ang standard error (mas mabilis sa malalaking bangko)
cli-score-about = Tantiyahin ang kakayahan, standard error at antas NLN ng bawat tao sa isang file ng mga sagot
cli-score-opt-csv = Ilabas bilang CSV (id,theta,se,level,items)
cli-score-opt-eapsum = Ilabas ang talaan ng EAP ayon sa kabuuang iskor ng isang nakapirming form (pare-pareho ang sinagot ng lahat)
cli-export-about = I-export ang mga iniskor na sagot ng mga naka-save na sesyon bilang mahaba o malapad na CSV
cli-export-opt-sessions = Mga naka-save na file ng sesyon (JSON)
cli-export-opt-out = Isulat sa file na ito sa halip na sa standard output

calibrate-progress = Mga siklo ng EM
calibrate-converged = Nag-converge sa { $cycles ->
    [one] { $cycles } siklo
   *[other] { $cycles } na siklo
} ({ $items } aytem, { $persons } tao).
calibrate-not-converged = Hindi nag-converge matapos ang { $cycles ->
    [one] { $cycles } siklo
   *[other] { $cycles } na siklo
} ({ $items } aytem, { $persons } tao): mag-ingat sa mga tantiya.
calibrate-fit = Log-likelihood { $loglik }, AIC { $aic }, BIC { $bic }, { $parameters } parameter.
calibrate-latent = Latent na distribusyon: mean { $mean }, SD { $sd }.
calibrate-table-header = aytem, modelo, slope a (SE), lokasyon b (SE), asymptote c (SE), mga sagot; * = angkla
calibrate-se-method = Mga standard error: { $method }.
calibrate-written = Naisulat ang bersyon { $version } ng bangko sa { $path } ({ $items } aytem na na-calibrate).
calibrate-unknown-model = hindi kilalang modelo na “{ $model }” (rasch, 1pl, 2pl, 3pl o grm)
calibrate-unknown-item = wala ang aytem na “{ $item }” sa file ng mga sagot
calibrate-out-unknown-items = Walang maisusulat na bangko: wala sa bangkong { $bank } ang mga aytem na ito: { $items }
calibrate-out-invalid = Hindi maglo-load ang na-calibrate na bangko:
calibrate-error-spec-count = Hindi tugma ang mga modelo sa mga aytem ng file ng mga sagot.
calibrate-error-no-data = Walang sagot ang file.
calibrate-error-no-variation = Aytem { $item }: pare-pareho ang iskor ng lahat ng sagot, walang matatantiya.
calibrate-error-not-dichotomous = May iskor na { $score } ang aytem { $item }, pero 0 at 1 lang ang iskor ng modelo (gamitin ang --model grm).
calibrate-error-empty-category = Aytem { $item }: walang nakakuha ng { $score }; i-recode ang mga iskor para magamit ang bawat kategorya.
calibrate-error-anchor-categories = May { $categories } kategorya ang angklang aytem { $item }, pero may iskor na { $score } sa data.
calibrate-error-settings = Wala sa saklaw ang isang setting ng kalibrasyon.
calibrate-data-item-out-of-range = column ng aytem na wala sa saklaw
calibrate-data-duplicate-item = parehong aytem nang dalawang beses sa isang hilera
calibrate-data-bad-weight = bigat ng hilera na hindi positibong numero
calibrate-data-score-too-large = masyadong malaking iskor

data-error-csv = sirang CSV: { $reason }
data-error-empty = walang laman ang file
data-error-missing-column = kulang ang column na “{ $column }”
data-error-duplicate-column = dalawang beses lumabas ang column na “{ $column }”
data-error-no-items = walang column ng aytem
data-error-bad-score = ang iskor na “{ $value }” ay hindi buong numerong 0 o higit pa (NA o blangko = hindi ibinigay)
data-error-empty-id = walang laman na id
data-error-duplicate-response = dalawang beses sinagot ni “{ $person }” ang aytem na “{ $item }”
data-error-duplicate-person = may dalawang hilera si “{ $person }”
data-error-covariate-conflict = “{ $person }”: ang covariate na { $name } ay parehong “{ $first }” at “{ $second }”
data-error-unknown-item = Ang aytem na “{ $item }” ay wala sa bangkong { $bank } o walang IRT na modelo.

score-header = id, theta, SE, antas NLN, mga sinagot na aytem ({ $method }); * = MLE sa hangganan ng paghahanap
score-out-of-range = Tao { $person }, aytem { $item }: ang iskor na { $score } ay lampas sa pinakamataas na iskor ng aytem, { $max }.
score-not-fixed-form = Kailangan ng nakapirming form ang talaan ng EAP ayon sa kabuuang iskor: pare-pareho dapat ang sinagot ng lahat.
score-eapsum-header = kabuuang iskor, EAP theta, SD, naobserbahang tao, inaasahang tao

export-error-session = { $path }: hindi naka-save na sesyon ({ $reason })
