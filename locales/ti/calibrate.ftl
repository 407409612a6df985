## ምዕቃንን ምርምርን (ትግርኛ፡ ናይ ማሽን ንድፊ)። ንተመራመርቲ፡ ድምጺ የብሉን።

cli-calibrate-about = ካብ ናይ መልሲ ሓበሬታ ናይ ሕቶታት መለክዒታት ምግማት (MML-EM) እሞ እንተደሊኻ ዝተዓቀነ ሓድሽ ሕታም ባንክ ምጽሓፍ
cli-research-opt-data = ፋይል መልስታት፡ ነዊሕ CSV (id,item,resp) ወይ ገፊሕ (ንነፍሲ ወከፍ ሕቶ ሓደ ዓምዲ፡ NA = ኣይተዋህበን)
cli-research-opt-format = ኣሰራርዓ ፋይል፡ long ወይ wide (ልሙድ፡ ካብ ርእሲ ይፍለጥ)
cli-calibrate-opt-model = ሞዴል ነፍሲ ወከፍ ሕቶ፡ rasch፡ 1pl፡ 2pl፡ 3pl ወይ grm
cli-calibrate-opt-items-model = ንገሊኦም ሕቶታት ካልእ ሞዴል ዝህብ ናይ ሕቶ,ሞዴል መስመራት CSV ፋይል
cli-calibrate-opt-anchor = ሕቶታቱ መለክዒታቶም ዝሕዙ ባንክ (ኣብ መዐቀኒኡ ብዝተወሰኑ መልሕቓት ምዕቃን)
cli-calibrate-opt-out = ባንክ ምስ ሓደሽቲ መለክዒታት፡ ከም ሓድሽ ዝተዓቀነ ሕታም፡ ኣብዚ ማህደር ጽሓፍ
cli-calibrate-opt-version = ሕታም ናይቲ ዝተጻሕፈ ባንክ (ልሙድ፡ ዝቕጽል ንኡስ ሕታም)
cli-calibrate-opt-slope-prior = ኣብ ጸድፍታት ብዚ SD ሎግ-ኖርማል ቅድመ-ግምት (ንኣብነት 0.5)፡ ንዝተበታተነ ተመሳሳሊ ሓበሬታ
cli-calibrate-opt-no-se = መደበኛ ጌጋታት ኣይትሕሰብ (ንዓበይቲ ባንክታት ቅልጡፍ)
cli-score-about = ኣብ ፋይል መልስታት ንነፍሲ ወከፍ ሰብ ክእለት፡ መደበኛ ጌጋን ደረጃ NLNን ምግማት
cli-score-opt-csv = CSV ሕተም (id,theta,se,level,items)
cli-score-opt-eapsum = ናይ ቀዋሚ ቅጥዒ ብጠቕላላ ነጥቢ EAP ሰንጠረዥ ሕተም (ኩሎም ንሓደ ዓይነት ሕቶታት መሊሶም)
cli-export-about = ዝተዓቀበ ክፍለ-ግዜ ዝተነጥበ መልስታት ከም ነዊሕ ወይ ገፊሕ CSV ኣውጽእ
cli-export-opt-sessions = ዝተዓቀቡ ፋይላት ክፍለ-ግዜ (JSON)
cli-export-opt-out = ኣብ ክንዲ መደበኛ ውጽኢት ኣብዚ ፋይል ጽሓፍ

calibrate-progress = ዑደታት EM
calibrate-converged = { $cycles ->
    [one] ድሕሪ { $cycles } ዑደት ተቐራሪቡ
   *[other] ድሕሪ { $cycles } ዑደታት ተቐራሪቡ
} ({ $items } ሕቶታት፡ { $persons } ሰባት)።
calibrate-not-converged = { $cycles ->
    [one] ድሕሪ { $cycles } ዑደት ኣይተቐራረበን
   *[other] ድሕሪ { $cycles } ዑደታት ኣይተቐራረበን
} ({ $items } ሕቶታት፡ { $persons } ሰባት)፡ ግምታት ብጥንቃቐ ተጠቐም።
calibrate-fit = ሎግ-ተኽእሎ { $loglik }፡ AIC { $aic }፡ BIC { $bic }፡ { $parameters } መለክዒታት።
calibrate-latent = ሕቡእ ምክፍፋል፡ ማእከላይ { $mean }፡ SD { $sd }።
calibrate-table-header = ሕቶ፡ ሞዴል፡ ጸድፊ a (SE)፡ ቦታ b (SE)፡ ታሕተዋይ ዶብ c (SE)፡ መልስታት፤ * = መልሕቕ
calibrate-se-method = መደበኛ ጌጋታት፡ { $method }።
calibrate-written = ሕታም { $version } ናይ ባንክ ኣብ { $path } ተጻሒፉ ({ $items } ሕቶታት ተዓቂኖም)።
calibrate-unknown-model = ዘይፍለጥ ሞዴል “{ $model }” (rasch፡ 1pl፡ 2pl፡ 3pl ወይ grm)
calibrate-unknown-item = ሕቶ “{ $item }” ኣብ ፋይል መልስታት የለን
calibrate-out-unknown-items = ባንክ ክጽሓፍ ኣይከኣልን፡ እዞም ሕቶታት ኣብ ባንክ { $bank } የለዉን፡ { $items }
calibrate-out-invalid = እቲ ዝተዓቀነ ባንክ ኣይምተጻዕነን፡
calibrate-error-spec-count = ሞዴላት ምስ ሕቶታት ፋይል መልስታት ኣይሰማምዑን።
calibrate-error-no-data = ፋይል ዋላ ሓደ መልሲ የብሉን።
calibrate-error-no-variation = ሕቶ { $item }፡ ኩሉ መልሲ ሓደ ነጥቢ ኣለዎ፡ ዝግመት የለን።
calibrate-error-not-dichotomous = ሕቶ { $item } ነጥቢ { $score } ኣለዎ፡ ሞዴል ግን 0ን 1ን ጥራይ ይህብ (--model grm ተጠቐም)።
calibrate-error-empty-category = ሕቶ { $item }፡ ዝኾነ ሰብ { $score } ኣይረኸበን፤ ነፍሲ ወከፍ ምድብ ክጥቀመሉ ነጥብታት ዳግማይ ኮድ ግበር።
calibrate-error-anchor-categories = መልሕቕ ሕቶ { $item } { $categories } ምድባት ኣለዎ፡ ሓበሬታ ግን ነጥቢ { $score } ኣለዎ።
calibrate-error-settings = ሓደ ምዕቃን ቅጥዒ ካብ ደረት ወጻኢ እዩ።
calibrate-data-item-out-of-range = ዓምዲ ሕቶ ካብ ደረት ወጻኢ
calibrate-data-duplicate-item = ሓደ ሕቶ ኣብ ሓደ መስርዕ ክልተ ግዜ
calibrate-data-bad-weight = ኣወንታዊ ቁጽሪ ዘይኮነ ክብደት መስርዕ
calibrate-data-score-too-large = ኣዝዩ ዓቢ ነጥቢ

data-error-csv = ጌጋ CSV፡ { $reason }
data-error-empty = ፋይል ባዶ እዩ
data-error-missing-column = ዓምዲ “{ $column }” የለን
data-error-duplicate-column = ዓምዲ “{ $column }” ክልተ ግዜ ተደጊሙ
data-error-no-items = ዓምዲ ሕቶ የለን
data-error-bad-score = ነጥቢ “{ $value }” 0 ወይ ልዕሊኡ ምሉእ ቁጽሪ ኣይኮነን (NA ወይ ባዶ = ኣይተዋህበን)
data-error-empty-id = ባዶ መለለዪ
data-error-duplicate-response = ሰብ “{ $person }” ንሕቶ “{ $item }” ክልተ ግዜ መሊሱ
data-error-duplicate-person = ሰብ “{ $person }” ክልተ መስርዕ ኣለዎ
data-error-covariate-conflict = ሰብ “{ $person }”፡ ተለዋዋጢ { $name } ክልቲኡ “{ $first }”ን “{ $second }”ን እዩ
data-error-unknown-item = ሕቶ “{ $item }” ኣብ ባንክ { $bank } የለን ወይ IRT ሞዴል የብሉን።

score-header = መለለዪ፡ ቴታ፡ SE፡ ደረጃ NLN፡ ዝተመለሱ ሕቶታት ({ $method })፤ * = MLE ኣብ ዶብ ምድላይ
score-out-of-range = ሰብ { $person }፡ ሕቶ { $item }፡ ነጥቢ { $score } ካብ ዝለዓለ ነጥቢ ሕቶ { $max } ይበልጽ።
score-not-fixed-form = ሰንጠረዥ EAP ብጠቕላላ ነጥቢ ቀዋሚ ቅጥዒ የድልዮ፡ ኩሎም ንሓደ ዓይነት ሕቶታት ክምልሱ ኣለዎም።
score-eapsum-header = ጠቕላላ ነጥቢ፡ EAP ቴታ፡ SD፡ ዝተራእዩ ሰባት፡ ዝጽበዩ ሰባት

export-error-session = { $path }፡ ዝተዓቀበ ክፍለ-ግዜ ኣይኮነን ({ $reason })
calibrate-se-skipped = መደበኛ ጌጋታት ተሰጊሮም፡ ካብ { $limit } ዝበዝሑ ናጻ መለክዒታት (ነፍሲ ወከፎም ክልተ ግዜ ሓበሬታ ምሕላፍ ይሓትት)።

cli-link-about = ብሓባራዊ ሕቶታት ንሓደ ባንክ ናብ መዐቀኒ ካልእ ባንክ ምቕያር (Stocking–Lord፡ Haebara፤ ማእከላይ/ማእከላይ፡ ማእከላይ/ሲግማ ከም ምርግጋጽ)
cli-link-opt-new = ዝቕየር ባንክ (ማህደር)
cli-link-opt-base = መዐቀኒኡ ዝዕቀብ ባንክ (ማህደር)
link-common = { $common } ሓባራዊ ሕቶታት።
link-header = ሜላ፡ ጸድፊ A፡ ቀዋሚ B ናይ θ(መሰረት) = A · θ(ሓድሽ) + B
link-error-few = ምትእስሳር ኣብ ክልቲኦም ባንክታት ብሓደ ሞዴል እንተወሓደ ክልተ ሓባራዊ ሕቶታት የድልዮ ({ $common } ተረኺቡ)።
