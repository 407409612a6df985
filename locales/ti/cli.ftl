## Command-line interface and reports (Tigrinya). Placeables are filled by the program.

## Help text
cli-about = ብሓጺር ተመጣጣኒ (adaptive) ፈተና፡ ዓበይቲ ተማሃሮ ኣብ ደረጃታት ዲጂታላዊ ምፍላጥ NLN የቐምጥ።
cli-heading-commands = ትእዛዛት
cli-heading-options = ምርጫታት
cli-opt-help = ነዚ ሓገዝ ኣርኢ
cli-opt-version = ስሪት ኣርኢ
cli-opt-lang = ቋንቋ ሕቶታትን መልእኽትታትን (ንኣብነት en, fr, fr-CA)፤ ብመሰረቱ ካብ NLN_LANG ወይ LANG
cli-opt-bank = ዝጥቀመሉ ትሕዝቶ፦ ፎልደር ባንክ (bank.yaml ዘለዎ) ወይ ፎልደር ትሕዝቶ (framework.yaml ዘለዎ)፤ ብመሰረቱ፦ እቲ ውሽጣዊ ባንክ
cli-opt-bank-name = ካብ ፎልደር ትሕዝቶ ኣየናይ ባንክ ከም ዝጥቀመሉ
cli-opt-seed = ናይ ዕድል ዘርኢ (seed)፦ ሓደ ዓይነት seed ምስ ሓደ ዓይነት መልስታት ሓደ ዓይነት ፈተና ይህብ
cli-opt-json = ውጽኢት ከም JSON ኣብ standard output ኣውጽእ
cli-assess-about = ኣብ terminal ገምጋም ኣካይድ፡ ነፍሲ ወከፍ ሕቶ ብቑጽሩ እናመለስካ
cli-assess-opt-save = ድሕሪ ነፍሲ ወከፍ መልሲ ነቲ ክፍለ-ግዜ (session) ኣብዚ ፋይል ዓቅቦ (ብ--resume ቀጽሎ)
cli-assess-opt-resume = ብ--save ዝተዓቀበ ክፍለ-ግዜ ቀጽል
cli-assess-opt-no-access = ሕቶታት ተበጻሕነት (መሳርሒታት፡ ርክብ፡ ኢመይል …) ሕለፎም
cli-assess-opt-audio = ነፍሲ ወከፍ ሕቶን መልስን ብኣብ PATH ዘሎ ተጻዋቲ ድምጺ ኣጻውት (r = እንደገና ስማዕ)
cli-assess-opt-max-items = ዝሕተቱ ዝለዓለ ቁጽሪ ነጥቢ ዘለዎም ሕቶታት
cli-assess-opt-method = መገመቲ ውጽኢት፦ eap, map, mle ወይ wle
cli-validate-about = ፎልደር ትሕዝቶ (framework, ደረጃታት፡ ባንክታትን locales ን) ፈትሽ፡ ዝተረኽበ ኩሉ ጌጋ ድማ ኣውጽእ
cli-validate-opt-dir = ፎልደር ትሕዝቶ (ከም assessments/) ወይ ፎልደር ባንክ
cli-validate-opt-locales = ምስ ትሕዝቶ ዝፍተሽ ፎልደር locales (ብመሰረቱ፦ ኣብ ጎኒ ፎልደር ትሕዝቶ ዘሎ ፎልደር locales)
cli-simulate-about = ዝተመሰሉ ተማሃሮ ብተመጣጣኒ ፈተና ኣሕልፍ፡ ንውሓት፡ ልክዕነትን ቅንዕና ምቕማጥን ድማ ጸብጽብ
cli-simulate-opt-n = ቁጽሪ ዝተመሰሉ ተማሃሮ
cli-simulate-opt-distribution = ዝርጋሐ ክእለት፦ normal (ማእከላይ 0፡ SD 1) ወይ uniform (-3.5 ክሳብ 3.5)
cli-simulate-opt-no-exposure = ደረት ምርኣይ ሕቶታት ኣይተተግብር

## Assessment
assess-intro = ገምጋም ዲጂታላዊ ምፍላጥ NLN — { $bank } (ስሪት { $version })
assess-provisional = ኣስተውዕሉ፦ እዚ ባንክ ገና ብሓበሬታ መልስታት ኣይተዓቀነን፤ ውጽኢታት ኣመልካቲ ጥራይ እዮም።
assess-instructions = ብቑጽሪ ምርጫኹም መልሱ፡ ድሕሪኡ Enter ጸቕጡ። 0 = ኣይፈልጥን። q = ደው ኣብል (--save እንተ ተጠቒምኩም መልስታትኩም ይዕቀቡ)።
assess-access-heading = ብዛዕባኹም (ነጥቢ የብሉን)
assess-question = ሕቶ { $number }
assess-audio-missing = ድምጺ፦ ነዚ ሕቶ ድምጺ የብሉን
assess-choose = መልስኹም፦
assess-order-hint = ቁጽርታት ብቕኑዕ ቅደም ሰዓብ ጽሓፉ፡ ብባዶ ቦታ ፈልይዎም (ንኣብነት፦ 2 1 3)።
assess-hotspot-hint = ኣብ ስክሪን ዘሎ ቦታ ምረጹ፦
assess-task-hint = ገምጋሚ፦ እቲ ዕማም ከመይ ከም ዝኸደ መዝግብ።
assess-invalid = እዚ መልሲ ኣይሰማማዕን። በጃኹም እንደገና ፈትኑ።
assess-saved = ክፍለ-ግዜ ኣብ { $file } ተዓቂቡ።
assess-resumed = { $count ->
        [one] { $count } መልሲ
       *[other] { $count } መልስታት
    } ዘለዎ ክፍለ-ግዜ ቀጺሉ።
assess-stopped = ቅድሚ መወዳእታ ደው ኢሉ። { $count ->
        [one] { $count } መልሲ ተዋሂቡ
       *[other] { $count } መልስታት ተዋሂቦም
    }።
assess-input-ended = ፈተና ቅድሚ ምውዳኡ እቲ ምእታው ተወዲኡ።
answer-dont-know = ኣይፈልጥን

## Result
result-heading = ውጽኢት
result-level = ደረጃ፦ { $name }
result-profile = ፕሮፋይል፦ { $profile }
result-band = ዝኸውን ክሊ፦ NLN { $low } ክሳብ NLN { $high } ({ $confidence } % ርግጸኛነት)
result-theta = ግምት ክእለት፦ { $theta } (standard error { $se }, { $method })
result-items = ነጥቢ ዘለዎም ሕቶታት፦ { $count }። ዝቖመሉ ምኽንያት፦ { $reason }
result-capped = ሓደ ቀንዲ ዓውዲ ብንጹር ስለ ዝተሓተ፡ እቲ ሓፈሻዊ ደረጃ ኣብ { $code } ተታሒዙ (እንተዘይኮይኑ { $uncapped } ምኾነ)።
result-irregular = ዘይስሩዕ ፕሮፋይል፦ እቶም ቀንዲ ዓውድታት ብኽልተ ደረጃ ወይ ልዕሊኡ ይፈላለዩ።
result-areas-heading = ዓውድታት
result-area-line = { $code } { $name }: NLN { $level } ({ $low }–{ $high }), { $items } ሕቶታት — { $standing }
result-area-not-measured = { $code } { $name }: ኣይተለክዐን
result-area-few = (ውሑዳት ሕቶታት፦ ብጥንቃቐ ኣንብቡ)
result-can-do-heading = ክገብሮ ዝኽእል …
result-next-heading = ቀጺሎም ዝመሃሩ ስጉምትታት
result-guidance-heading = ኣገልግሎታት
result-access-heading = ተበጻሕነት (ባዕሎም ዝሃብዎ ሓበሬታ)
result-provisional = ግዝያዊ፦ ክሳብ እቲ ባንክ ዝዕቀን፡ ናይ መቐረጺ ነጥብታትን ናይ ሕቶታት መለክዒታትን ብክኢላታት እዮም ዝውሰኑ።
result-review = ሕቶታት ብ{ $locale } ተራእዮም ({ $status })።
standing-strength = ሓይሊ
standing-on_level = ኣብ ደረጃ
standing-needs_support = ሓገዝ የድልዮ
standing-not_measured = ኣይተለክዐን
guidance-phone-services = ናይ ተሌፎንን ድምጺ መልእኽትን ኣገልግሎታት ክጥቀም ይኽእል
guidance-online-services = ንናይ ኢንተርነት ክፍልታትን ኣገልግሎታትን ድሉው
guidance-independent = ብናይ ኢንተርነት ኣገልግሎታት መንግስትን ስራሕ ምድላይን ናጻ (በይኑ ዝኽእል)
guidance-met = እወ
guidance-not_met = ገና
guidance-unknown = ኣይፍለጥን (ብዛዕባ ተበጻሕነት ኣይተሓተን)
stop-precision = እቲ ውጽኢት እኹል ልክዕ እዩ
stop-classified = እቲ ደረጃ ተወሲኑ
stop-max-items = ዝለዓለ ቁጽሪ ሕቶታት ተሓቲቱ
stop-bank-exhausted = ዝተረፈ ሕቶ የለን
stop-none = ኣይተወድአን
method-eap = EAP
method-map = MAP
method-mle = MLE
method-wle = WLE
review-reviewed = ተገምጊሙ
review-machine-drafted = ብማሽን ዝተዳለወ፡ ገና ኣይተገምገመን
access-field-devices = መሳርሒታት
access-field-connection = ርክብ
access-field-email_account = ናይ ኢመይል ኣካውንት
access-field-reads_first_language = ቋንቋ ኣዴ የንብብ
access-field-assistive_needs = ናይ ሓገዝ ድሌታት
access-field-preferred_channel = ዝተመርጸ መንገዲ ኣገልግሎት

## Validation
validate-ok = { $path }: ጌጋ የለን ({ $items } ሕቶታት ኣብ ባንክ { $bank }፡ { $locales } locales ተፈቲሾም)።
validate-errors = { $path }: { $count ->
        [one] { $count } ጌጋ ተረኺቡ
       *[other] { $count } ጌጋታት ተረኺቦም
    }።
validate-error-line = { $file }:{ $line }:{ $column }: { $field }: { $message }
validate-missing-message = { $locale }: መልእኽቲ `{ $id }` የለን
validate-missing-audio = { $locale }: ድምጺ ክሊፕ `{ $id }` ኣብ audio.yaml የለን
validate-coverage = ሕቶታት ብደረጃ፦ { $coverage }
validate-no-banks = ኣብ ትሕቲ { $path } ባንክ ኣይተረኽበን (banks/<name>/bank.yaml ይጽበ ነይሩ)።

load-error-syntax = ኣይንበብን ወይ ምስቲ ቅርጺ ኣይሰማማዕን፦ { $detail }
load-error-missing-field = ዘድሊ ቦታ (field) የለን
load-error-invalid-value = ዋጋ ቅኑዕ ኣይኮነን፦ { $detail }
load-error-duplicate-id = ዝተደገመ id { $detail }
load-error-unknown-competence = ዘይፍለጥ ክእለት { $detail }
load-error-unknown-source = ዘይፍለጥ ምንጪ ምትእስሳር (crosswalk) { $detail }
load-error-non-positive-a = discrimination a ካብ 0 ክዓቢ ኣለዎ (ዝተረኽበ { $detail })
load-error-guessing-range = guessing c እንተወሓደ 0 ክኸውንን ካብ 1 ክንእስን ኣለዎ (ዝተረኽበ { $detail })
load-error-unordered-thresholds = graded thresholds ብጽኑዕ ክውስኹ ኣለዎም (ዝተረኽበ { $detail })
load-error-threshold-count = ምድብታት ነጥብን thresholds ን ኣይሰማምዑን (categories/thresholds: { $detail })
load-error-key-not-option = መፍትሕ መልሲ { $detail } ካብ ምርጫታት ወይ ቦታታት ናይቲ ሕቶ ሓደ ኣይኮነን
load-error-model-type = እዚ ሞዴል ነዚ ዓይነት ሕቶ ነጥቢ ክህቦ ኣይክእልን ({ $detail })
load-error-unordered-cuts = ናይ መቐረጺ ነጥብታት ምስ ደረጃ ክውስኹ ኣለዎም ({ $detail })
load-error-level-sequence = ደረጃታት 0, 1, 2 … ብዘይ ክፍተት ክኸዱ ኣለዎም (ዝተጸበናዮ/ዝተረኽበ: { $detail })
load-error-missing-file = ፋይል ኣይተረኽበን፦ { $detail }
load-error-competence-without-items = ክእለት { $detail } ኣብ ባንክ ሕቶ የብሉን
load-error-bad-message-id = ቅኑዕ ናይ Fluent መልእኽቲ id ኣይኮነን፦ { $detail }

## Simulation
simulate-progress = ካብ { $total } ተማሃሮ { $done } ተመሲሎም
simulate-heading = ምምሳል፦ { $n } ተማሃሮ፡ seed { $seed }፡ ባንክ { $bank }
simulate-items = ማእከላይ ነጥቢ ዘለዎም ሕቶታት፦ { $mean } (ዝለዓለ፦ { $max })
simulate-rmse = RMSE ክእለት፦ { $rmse }፤ ዝንባለ (bias)፦ { $bias }፤ ማእከላይ standard error፦ { $se }
simulate-accuracy = ኣብ ሓቀኛ ደረጃኦም ዝተቐመጡ፦ { $exact } %፤ ኣብ ውሽጢ ሓደ ደረጃ፦ { $within } %
simulate-exposure = ዝለዓለ መጠን ምርኣይ ሕቶ፦ { $rate } %
simulate-stops = ምቁራጽ፦ { $reasons }
simulate-level-line = ሓቀኛ ደረጃ { $code }: { $n } ተማሃሮ፡ ልክዕ { $exact } %፡ ኣብ ውሽጢ ሓደ { $within } %፡ { $items } ሕቶታት

## Errors
error-read = { $path } ክንበብ ኣይከኣለን፦ { $reason }
error-write = ኣብ { $path } ክጽሓፍ ኣይከኣለን፦ { $reason }
error-not-content = { $path } framework.yaml (ፎልደር ትሕዝቶ) ወይ bank.yaml (ፎልደር ባንክ) የብሉን።
error-session-file = { $path } ዝተዓቀበ ክፍለ-ግዜ ኣይኮነን፦ { $reason }
error-session = እቲ ክፍለ-ግዜ ክቕጽል ኣይክእልን፦ { $reason }
error-content = እቲ ትሕዝቶ ጌጋታት ኣለዎ፦
error-locales = ፋይላት locale ጌጋታት ኣለዎም፦
clip-status-pending = ገና ኣይተቐድሐን
clip-status-recorded = ተቐዲሑ
clip-status-synthesized = ብማሽን ዝተፈጥረ ድምጺ
