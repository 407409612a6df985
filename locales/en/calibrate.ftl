## Calibration and research commands (English). Researcher-facing: no audio clips.

cli-calibrate-about = Estimate item parameters from response data (MML-EM) and optionally write a calibrated bank version
cli-research-opt-data = Response file: long CSV (id,item,resp) or wide CSV (one column per item, NA = not given)
cli-research-opt-format = Layout of the response file: long or wide (default: detected from the header)
cli-calibrate-opt-model = Model for every item: rasch, 1pl, 2pl, 3pl or grm
cli-calibrate-opt-items-model = CSV file of item,model lines giving some items another model
cli-calibrate-opt-anchor = Bank whose items keep their parameters (fixed-anchor calibration onto its scale)
cli-calibrate-opt-out = Write the bank with the new parameters, as a new calibrated version, to this folder
cli-calibrate-opt-version = Version of the written bank (default: the next minor version)
cli-calibrate-opt-slope-prior = Log-normal prior on slopes with this SD (e.g. 0.5), for sparse adaptive data
cli-calibrate-opt-no-se = Skip standard errors (faster for large banks)
cli-score-about = Estimate ability, standard error and NLN level for every person in a response file
cli-score-opt-csv = Print CSV (id,theta,se,level,items)
cli-score-opt-eapsum = Print the EAP-by-sum-score table of a fixed form (every person answered the same items)
cli-export-about = Export the scored answers of saved sessions as long or wide response CSV
cli-export-opt-sessions = Saved session files (JSON)
cli-export-opt-out = Write to this file instead of standard output

calibrate-progress = EM cycles
calibrate-converged = Converged in { $cycles ->
    [one] { $cycles } cycle
   *[other] { $cycles } cycles
} ({ $items } items, { $persons } persons).
calibrate-not-converged = Not converged after { $cycles ->
    [one] { $cycles } cycle
   *[other] { $cycles } cycles
} ({ $items } items, { $persons } persons): treat the estimates with care.
calibrate-fit = Log-likelihood { $loglik }, AIC { $aic }, BIC { $bic }, { $parameters } parameters.
calibrate-latent = Latent distribution: mean { $mean }, SD { $sd }.
calibrate-table-header = item, model, slope a (SE), location b (SE), lower asymptote c (SE), answers; * = anchor
calibrate-se-method = Standard errors: { $method }.
calibrate-written = Wrote bank version { $version } to { $path } ({ $items } items calibrated).
calibrate-unknown-model = unknown model “{ $model }” (use rasch, 1pl, 2pl, 3pl or grm)
calibrate-unknown-item = item “{ $item }” is not in the response file
calibrate-out-unknown-items = No bank can be written: these items are not in bank { $bank }: { $items }
calibrate-out-invalid = The calibrated bank would not load:
calibrate-error-spec-count = The item models do not match the items of the response file.
calibrate-error-no-data = The response file has no responses.
calibrate-error-not-dichotomous = Item { $item } has score { $score }, but the model scores only 0 and 1 (use --model grm).
calibrate-error-no-variation = Item { $item }: every answer has the same score, so nothing can be estimated.
calibrate-error-empty-category = Item { $item }: nobody scored { $score }; recode the scores so that every category is used.
calibrate-error-anchor-categories = Anchor item { $item } has { $categories } score categories, but the data have score { $score }.
calibrate-error-settings = A calibration setting is out of range.
calibrate-data-item-out-of-range = item column out of range
calibrate-data-duplicate-item = the same item twice in one row
calibrate-data-bad-weight = a row weight that is not a positive number
calibrate-data-score-too-large = a score too large

data-error-csv = malformed CSV: { $reason }
data-error-empty = the file is empty
data-error-missing-column = missing column “{ $column }”
data-error-duplicate-column = column “{ $column }” appears twice
data-error-no-items = no item columns
data-error-bad-score = score “{ $value }” is not a whole number 0 or more (NA or empty = not given)
data-error-empty-id = empty id
data-error-duplicate-response = person “{ $person }” answered item “{ $item }” twice
data-error-duplicate-person = person “{ $person }” has two rows
data-error-covariate-conflict = person “{ $person }”: covariate { $name } is both “{ $first }” and “{ $second }”
data-error-unknown-item = Item “{ $item }” is not in bank { $bank } or has no IRT model.

score-header = id, theta, SE, NLN level, items answered ({ $method }); * = MLE at the search bound
score-out-of-range = Person { $person }, item { $item }: score { $score } is above the item's highest score { $max }.
score-not-fixed-form = The EAP-by-sum-score table needs a fixed form: every person must have answered the same items.
score-eapsum-header = sum score, EAP theta, SD, observed persons, expected persons

export-error-session = { $path }: not a saved session ({ $reason })
