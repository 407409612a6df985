## Adaptive test replayed on recorded responses (ti, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = ነቲ ተመጣጣኒ ፈተና ኣብ ዝተመዝገቡ መልስታት ደጊምካ ኣካይድ (ፋይል መልስታት ከምቲ nln calibrate ዘንብቦ፡ ነዊሕ ወይ ሰፊሕ): ነፍሲ ወከፍ ሰብ ነቶም ፈተና ዝመረጾም ሕቶታት ብዝተመዝገበ ነጥቡ ይምልስ፡ ደረጃ ፈተና ድማ ምስ ደረጃ ኩሎም መልስታቱ ይነጻጸር
cli-simulate-opt-missing = ምስ --responses፡ ፈተና እቲ ሰብ ዝተመዝገበ መልሲ ዘይብሉ ሕቶ ምስ ዝመርጽ: skip (ንቡር: ሓሊፍካ ዝቕጽል ምረጽ) ወይ stop (ፈተና እቲ ሰብ ኣብኡ ኣቋርጽ)
replay-heading = ተመጣጣኒ ፈተና ኣብ ዝተመዝገቡ መልስታት { $n ->
    [one] { $n } ሰብ
   *[other] { $n } ሰባት
} ደጊሙ ተኻይዱ (ብማእከላይ { $recorded } መልስታት ንነፍሲ ወከፍ፤ ባንኪ { $bank })።
replay-agreement = ደረጃ ፈተና = ደረጃ ኩሎም ዝተመዝገቡ መልስታት: { $exact } %፤ ኣብ ውሽጢ ሓደ ደረጃ: { $within } %፤ RMSE ክእለት ኣንጻር እቲ ግምት: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } ፈተና
   *[other] { $tests } ፈተናታት
} ({ $share } %) ዝተመዝገበ መልሲ ዘይብሉ ሕቶ በጺሖም ኣብኡ ተዛዚሞም።
replay-missing-skip = { $tests ->
    [one] { $tests } ፈተና
   *[other] { $tests } ፈተናታት
} ({ $share } %) ዝተመዝገበ መልሲ ዘይብሎም ሕቶታት በጺሖም ሓሊፎምዎም (ብማእከላይ { $mean } ንነፍሲ ወከፍ ፈተና)።
stop-missing-response = ሓደ ሕቶ ዝተመዝገበ መልሲ ኣይነበሮን
