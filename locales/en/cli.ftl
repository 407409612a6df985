## Command-line interface and reports (English). Placeables are filled by the program.

## Help text
cli-about = Place adult learners on the NLN Digital Literacy Levels with a short adaptive test.
cli-heading-commands = Commands
cli-heading-options = Options
cli-opt-help = Show this help
cli-opt-version = Show the version
cli-opt-lang = Language of the prompts and messages (e.g. en, fr, fr-CA); default from NLN_LANG or LANG
cli-opt-bank = Content to use: a bank folder (with bank.yaml) or a content folder (with framework.yaml); default: the built-in bank
cli-opt-bank-name = Which bank of a content folder to use
cli-opt-seed = Random seed: the same seed and answers give the same test
cli-opt-json = Print the result as JSON on standard output
cli-assess-about = Run an assessment in the terminal, answering each question by its number
cli-assess-opt-save = Save the session to this file after every answer (resume it with --resume)
cli-assess-opt-resume = Resume a session saved with --save
cli-assess-opt-no-access = Skip the access questions (devices, connection, email …)
cli-assess-opt-audio = Play each prompt and answer through an audio player found on the PATH (r = hear it again)
cli-assess-opt-max-items = Most scored questions to ask
cli-assess-opt-method = Estimator for the result: eap, map, mle or wle
cli-validate-about = Check a content folder (framework, levels, banks and locales) and print every error found
cli-validate-opt-dir = Content folder (like assessments/) or bank folder
cli-validate-opt-locales = Locales folder to check against the content (default: a locales folder beside the content folder)
cli-simulate-about = Run simulated learners through the adaptive test and report length, precision and placement accuracy
cli-simulate-opt-n = Number of simulated learners
cli-simulate-opt-distribution = Ability distribution: normal (mean 0, SD 1) or uniform (-3.5 to 3.5)
cli-simulate-opt-no-exposure = Do not enforce item exposure limits

## Assessment
assess-intro = NLN digital literacy assessment — { $bank } (version { $version })
assess-provisional = Note: this bank is not yet calibrated on response data; results are indicative.
# audience: learner
assess-instructions = Answer with the number of your choice, then press Enter. 0 = I don't know. q = stop (your answers are kept when you use --save).
# audience: learner
assess-access-heading = About you (not scored)
assess-question = Question { $number }
assess-audio-missing = Audio: none for this prompt
# audience: learner
assess-choose = Your answer:
# audience: learner
assess-order-hint = Type the numbers in the right order, separated by spaces (for example: 2 1 3).
# audience: learner
assess-hotspot-hint = Choose the place on the screen:
assess-task-hint = Assessor: record how the task went.
# audience: learner
assess-invalid = That answer does not fit. Please try again.
assess-saved = Session saved to { $file }.
assess-resumed = Resumed a session with { $count ->
        [one] { $count } answer
       *[other] { $count } answers
    }.
assess-stopped = Stopped before the end. { $count ->
        [one] { $count } answer was given
       *[other] { $count } answers were given
    }.
assess-input-ended = Input ended before the test was finished.
# audience: learner
answer-dont-know = I don't know

## Result
# audience: learner
result-heading = Result
result-level = Level: { $name }
result-profile = Profile: { $profile }
result-band = Likely range: NLN { $low } to NLN { $high } ({ $confidence } % confidence)
result-theta = Ability estimate: { $theta } (standard error { $se }, { $method })
result-items = Scored questions: { $count }. Stopped because: { $reason }
result-capped = The overall level was held at { $code } because a core area is clearly lower (it would otherwise be { $uncapped }).
result-irregular = Irregular profile: the core areas differ by two levels or more.
result-areas-heading = Areas
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high }), { $items ->
        [one] { $items } question
       *[other] { $items } questions
    } — { $standing }
result-area-not-measured = { $code } { $name }: not measured
result-area-few = (few questions: read with care)
# audience: learner
result-can-do-heading = I can …
# audience: learner
result-next-heading = Next steps to learn
result-guidance-heading = Services
result-access-heading = Access (self-report)
result-provisional = Provisional: cut scores and item parameters are set by experts until the bank is calibrated.
result-review = Prompts shown in { $locale } ({ $status }).
standing-strength = strength
standing-on_level = at level
standing-needs_support = needs support
standing-not_measured = not measured
guidance-phone-services = Can use phone and voice-message services
guidance-online-services = Ready for online classes and online services
guidance-independent = Independent with online government services and job search
guidance-met = yes
guidance-not_met = not yet
guidance-unknown = unknown (access not asked)
stop-precision = the result is precise enough
stop-classified = the level is decided
stop-max-items = the most questions were asked
stop-bank-exhausted = no questions were left
stop-none = not finished
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = reviewed
review-machine-drafted = machine-drafted, not yet reviewed
access-field-devices = Devices
access-field-connection = Connection
access-field-email_account = Email account
access-field-reads_first_language = Reads first language
access-field-assistive_needs = Support needs
access-field-preferred_channel = Preferred service channel

## Validation
validate-ok = { $path }: no errors ({ $items ->
        [one] { $items } item
       *[other] { $items } items
    } in bank { $bank }, { $locales ->
        [one] { $locales } locale
       *[other] { $locales } locales
    } checked).
validate-errors = { $path }: { $count ->
        [one] { $count } error found
       *[other] { $count } errors found
    }.
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: message `{ $id }` is missing
validate-missing-audio = { $locale }: audio clip `{ $id }` is missing from audio.yaml
validate-coverage = Items by level: { $coverage }
validate-no-banks = No bank found under { $path } (expected banks/<name>/bank.yaml).

load-error-syntax = does not parse or does not fit the format: { $detail }
load-error-missing-field = required field is missing
load-error-invalid-value = value is not valid: { $detail }
load-error-duplicate-id = duplicate id { $detail }
load-error-unknown-competence = unknown competence { $detail }
load-error-unknown-source = unknown crosswalk source { $detail }
load-error-non-positive-a = discrimination a must be greater than 0 (got { $detail })
load-error-guessing-range = guessing c must be at least 0 and below 1 (got { $detail })
load-error-unordered-thresholds = graded thresholds must be strictly increasing (got { $detail })
load-error-threshold-count = score categories and thresholds do not match (categories/thresholds: { $detail })
load-error-key-not-option = answer key { $detail } is not one of the item's options or regions
load-error-model-type = this model cannot score this item type ({ $detail })
load-error-unordered-cuts = cut scores must increase with the level ({ $detail })
load-error-level-sequence = levels must run 0, 1, 2 … without gaps (expected/got: { $detail })
load-error-missing-file = file not found: { $detail }
load-error-competence-without-items = competence { $detail } has no item in the bank
load-error-bad-message-id = not a valid Fluent message id: { $detail }

## Simulation
simulate-progress = Simulated { $done } of { $total } learners
simulate-heading = Simulation: { $n ->
        [one] { $n } learner
       *[other] { $n } learners
    }, seed { $seed }, bank { $bank }
simulate-items = Mean scored questions: { $mean } (most: { $max })
simulate-rmse = Ability RMSE: { $rmse }; bias: { $bias }; mean standard error: { $se }
simulate-accuracy = Placed at their true level: { $exact } %; within one level: { $within } %
simulate-exposure = Highest item exposure rate: { $rate } %
simulate-stops = Stopping: { $reasons }
simulate-level-line = True level { $code }: { $n } learners, exact { $exact } %, within one { $within } %, { $items } questions

## Errors
error-read = Cannot read { $path }: { $reason }
error-write = Cannot write { $path }: { $reason }
error-not-content = { $path } holds neither a framework.yaml (content folder) nor a bank.yaml (bank folder).
error-session-file = { $path } is not a saved session: { $reason }
error-session = The session cannot go on: { $reason }
error-content = The content has errors:
error-locales = The locale files have errors:
clip-status-pending = not yet recorded
clip-status-recorded = recorded
clip-status-synthesized = synthesized speech
