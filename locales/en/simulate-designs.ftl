## `nln simulate` design studies (English). For researchers: no audio.

cli-simulate-opt-config = Design study file (YAML or TOML): simulation settings and several designs compared in one report
cli-simulate-opt-thetas = File of true abilities: one theta per line, or a CSV with a theta column and one column per area id (true profiles)
cli-simulate-opt-estimator = Estimator for choosing questions and stopping: eap, map, mle or wle
cli-simulate-opt-final-estimator = Estimator of the reported result: eap, map, mle or wle
cli-simulate-opt-se-target = Stop once the standard error is at most this (0: no standard-error stop)
cli-simulate-opt-min-items = Scored questions before the test may stop early
cli-simulate-opt-randomesque = Draw the next question among this many most informative (1: always the best)
cli-simulate-opt-no-balancing = Do not balance the competency areas
cli-simulate-opt-start-theta = Ability the first question is chosen for
cli-simulate-opt-no-probes = Give no targeted area probes before an early stop
cli-simulate-opt-exposure = Item exposure control: none, limits (each item's exposure limit) or sympson-hetter (Sympson–Hetter, at most 25 % per item)
simulate-design-command-line = command line
simulate-study-heading = Design study: { $designs ->
    [one] one design
   *[other] { $designs } designs
  }, { $n ->
    [one] one simulated learner
   *[other] { $n } simulated learners
  } each, seed { $seed }, bank { $bank }
simulate-table-summary = Length, accuracy and exposure
simulate-table-stops = Why the tests stopped (% of tests)
simulate-table-areas = Area evidence
simulate-table-levels = By true level: mean length (within one level %, learners)
simulate-level-cell = { $items } ({ $within } %, { $n })
simulate-col-design = Design
simulate-col-items = Mean length
simulate-col-max = Longest
simulate-col-exact = Exact %
simulate-col-within = Within ±1 %
simulate-col-bias = Bias
simulate-col-rmse = RMSE
simulate-col-se = Mean SE
simulate-col-exposure = Max exposure %
simulate-col-overlap = Overlap %
simulate-col-at-max = At max length %
simulate-col-per-area = Items per area
simulate-col-thin = Areas under 3 answers %
simulate-col-unmeasured = Not measured %
simulate-col-irregular = Irregular %
simulate-col-false-needs = False "needs support" %
simulate-col-area-coverage = Area band coverage %
simulate-col-level = True level
simulate-file-error = { $file }:{ $line }:{ $column }: { $field }: { $message }
simulate-file-syntax = { $reason }
simulate-file-range = must lie between { $min } and { $max }
simulate-file-no-designs = the study names no design
simulate-file-too-many-designs = more than { $max } designs
simulate-file-empty-name = a design needs a name
simulate-file-duplicate-name = two designs are named “{ $name }”
simulate-file-too-large = the file is larger than { $max } bytes
simulate-file-no-learners = the file gives no learner
simulate-file-not-a-number = “{ $value }” is not a number
simulate-file-unknown-column = column “{ $column }” is neither theta nor an area id
simulate-file-field-count = { $found } fields where the header has { $expected }
stop-theta-change = the estimate stopped moving
stop-se-reduction = more questions would barely add precision
cli-simulate-opt-selection = Item selection: max-info (most information), kl (Kullback–Leibler), mei (expected information), progressive or a-strat (a-stratified)
cli-simulate-opt-theta-change = Stop once the estimate moves less than this with an answer
cli-simulate-opt-se-reduction = Stop once the best question left would lower the standard error by less than this
