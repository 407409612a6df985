## Item and person fit, DIF, standard setting and plots (ti, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = ፓራሜተራት ባንኪ ምስ ዳታ መልስታት ክሳብ ክንደይ ከም ዝሰማምዑ ምርማር፦ S-X² ምስምማዕ ኣቕሓ፡ infit/outfit ማእከላይ ካሬ፡ ምስምማዕ ሰብ lz
cli-fit-opt-min-expected = ነፍሲ ወከፍ ዝጽበ ቁጽሪ እንተወሓደ እዚ ክሳብ ዝበጽሕ ጉጅለታት ድምር ነጥቢ ኣጠቓልል (mincell ናይ mirt፤ 0 ዋላ ሓደ ኣየጠቓልልን)
cli-fit-opt-persons = ኣብ ክንዲ ሰንጠረዥ ኣቕሓታት lz ናይ ነፍሲ ወከፍ ሰብ ኣርኢ
cli-fit-opt-csv = ብ CSV ሕተም (ኣቕሓታት፡ ወይ ምስ --persons ሰባት)
fit-items-header = ኣቕሓ፡ ሞዴል፡ S-X²፡ df፡ p፡ RMSEA፡ infit (z)፡ outfit (z)፤ * = p ካብ 0.01 ዝነኣሰ ወይ ማእከላይ ካሬ ካብ 0.7–1.3 ወጻኢ
fit-persons-header = id፡ EAP ቴታ፡ lz፡ ዝተመለሱ ኣቕሓታት፤ * = lz ካብ { $cut } ዝነኣሰ
fit-s-x2-used = S-X² { $persons ->
    [one] ንኩሎም ኣቕሓታት ዝመለሰ { $persons } ሰብ ተጠቒሙ፤
   *[other] ንኩሎም ኣቕሓታት ዝመለሱ { $persons } ሰባት ተጠቒሙ፤
} { $skipped ->
    [one] { $skipped } መስመር ሓደ ኣቕሓ ስለ ዝጎደሎ ተገዲፉ።
   *[other] { $skipped } መስመራት ሓደ ኣቕሓ ስለ ዝጎደሎም ተገዲፎም።
}
fit-s-x2-none = S-X² ጉጅለታት ድምር ነጥቢ የነጻጽር፡ ንኩሎም ኣቕሓታት ዝመለሱ ሰባት (ቀዋሚ ቅጥዒ) የድልዮ፤ ዝገበረ የለን፡ ስለዚ infit፡ outfit ከምኡ’ውን lz ጥራይ ይርኣዩ።
fit-persons-flagged = { $persons ->
    [one] ካብ { $persons } ሰብ
   *[other] ካብ { $persons } ሰባት
} { $flagged } lz ካብ { $cut } ዝነኣሰ ኣለዎም (ዘይተጸበናዮ ኣገባብ መልሲ፤ ብ --persons ዘርዝሮም)።
fit-error-min-expected = --min-expected ካብ 0 ክሳብ 1000 ዘሎ ቁጽሪ ክኸውን ኣለዎ፡ { $value } ኣይኮነን።

cli-dif-about = ኣብ መንጎ ጉጅለታት ናይ ሓደ ውልቃዊ ተለዋዋጢ ዘሎ ፍልልያዊ ኣሰራርሓ ኣቕሓታት (DIF) መርምር፦ Mantel–Haenszel (ደረጃታት ETS A/B/C) ከምኡ’ውን ሎጂስቲክ ሪግረሽን፤ ምልክት ጥራይ፡ ዝእለ የለን
cli-dif-opt-group = ጉጅለታት ዝውስን ውልቃዊ ተለዋዋጢ (ንኣብነት cov_lang ወይ cov_mode)
cli-dif-opt-focal = ትኹረት ጉጅለ (ንቡር፦ ብዘይካ መወከሲ ኩሉ ጉጅለ፡ ነፍሲ ወከፍ ሓደ ምንጽጻር)
cli-dif-opt-reference = መወከሲ ጉጅለ (ንቡር፦ እቲ ዝዓበየ ጉጅለ)
cli-dif-opt-csv = ብ CSV ሕተም (ንነፍሲ ወከፍ ምንጽጻርን ኣቕሓን ሓደ መስመር)
dif-comparison = { $group }፦ መወከሲ “{ $reference }”፡ ትኹረት “{ $focal }”
dif-matching-total = ሰባት ብድምር ነጥቢ ይሰማምዑ፤ ኣብ ቀዳማይ ዙር ምልክት ዝተገብሮም ኣቕሓታት ካብኡ ይእለዩ (ምጽራይ)።
dif-matching-theta = ኩሉ ሰብ ንኹሉ ኣቕሓ ኣይመለሰን፦ ሰባት ብ EAP ክእለት ይሰማምዑ (ንMantel–Haenszel ዓሰርተ ደረጃታት)።
dif-purified = ካብ ድምር ነጥቢ ምስምማዕ ዝተኣለዩ፦ { $items }
dif-header = ኣቕሓ፡ መልስታት መወከሲ/ትኹረት፡ MH ዴልታ፡ MH p፡ ደረጃ ETS፡ LR ማዕረ p፡ LR ዘይማዕረ p፡ LR ΔR²፤ * = ንምርኣይ ምልክት ተገይሩ (ደረጃ B ወይ C፡ ወይ LR p ካብ 0.01 ዝነኣሰ ምስ ΔR² እንተወሓደ 0.035)
dif-not-studied = ኣይተመርመረን (ብደረጃ ዝንጸር ኣቕሓ፡ ወይ ኣብ ሓደ ጉጅለ መልሲ የለን)
dif-flagged = { $flagged ->
    [one] { $flagged } ኣቕሓ ንምርኣይ ምልክት ተገይሩ (ኣይተእለየን)።
   *[other] { $flagged } ኣቕሓታት ንምርኣይ ምልክት ተገይሮም (ኣይተእለዩን)።
}
dif-error-unknown-group = ፋይል መልስታት ተለዋዋጢ { $group } የብሉን (ዘለዎ፦ { $known })። ነዋሕቲ ፋይላት ተለዋዋጢታት ኣብ cov_… ዓምድታት ይሕዙ።
dif-error-unknown-value = ተለዋዋጢ { $group } ጉጅለ “{ $value }” የብሉን (ዘለዎ፦ { $known })።
dif-error-groups = ተለዋዋጢ { $group } እንተወሓደ ክልተ ጉጅለታት የድልዮ፡ መወከሲን ትኹረትን ዝተፈላለዩ።
cli-standard-setting-about = ብ bookmark ደረጃ ምውሳን፦ ዝተሰርዐ መጽሓፍ ኣቕሓታት ሕተም፡ ወይ ናይ ፓነል ምልክታት ናብ ዝተሓበሩ ነጥቢ ምቕራጽን ፋይል ደረጃታትን ቀይር
cli-standard-setting-opt-bookmarks = CSV ምልክታት፡ ዓምድታት panellist,level,page፦ ኣብ ምቕራጽ እቲ ደረጃ ዘሎ ተማሃራይ ዝመልኮ ናይ መጽሓፍ ናይ መወዳእታ ገጽ
cli-standard-setting-opt-rp = መጽሓፍ ዝሰርዕ ተኽእሎ መልሲ (ብልምዲ RP67)
cli-standard-setting-opt-out = ፋይል ደረጃታት ምስ ዝተሓበሩ ምቕራጻት (ማእከላይ ናይ ፓነል) ከምኡ’ውን ምንጮም ኣብዚ ጽሓፍ
standard-setting-booklet-header = ገጽ፡ ኣቕሓ፡ ስጉምቲ ነጥቢ፡ ቦታ RP{ $rp } (θ)፡ ሎሚ ኣብዚ θ ዘሎ ደረጃ
standard-setting-panel = { $panellists ->
    [one] { $panellists } ኣባል ፓነል
   *[other] { $panellists } ኣባላት ፓነል
}፡ መጽሓፍ { $pages } ገጻት ብ RP { $rp }።
standard-setting-cuts-header = ደረጃ፡ ህሉው ምቕራጽ፡ ዝተሓበረ ምቕራጽ (ማእከላይ)፡ ማእከላይ ዋጋ፡ SD፡ ኣብ ፓነል ዘሎ ወሰን
standard-setting-written = { $path } { $cuts ->
    [one] ምስ { $cuts } ዝተሓበረ ምቕራጽ ተጻሒፉ
   *[other] ምስ { $cuts } ዝተሓበሩ ምቕራጻት ተጻሒፉ
} (ኩነታት፦ panel)።
standard-setting-error-rp = --rp ኣብ መንጎ 0ን 1ን ዘሎ ተኽእሎ ክኸውን ኣለዎ፡ { $value } ኣይኮነን።
standard-setting-error-level = ደረጃ “{ $level }” ነጥቢ ምቕራጽ ዘለዎ ደረጃ ኣይኮነን
standard-setting-error-page = ገጽ { $page } ካብ ናይ መጽሓፍ ናይ መወዳእታ ገጽ { $pages } ይሓልፍ
standard-setting-error-empty = ኣብቲ ፋይል ምልክት የለን።
standard-setting-error-missing = ኣባል ፓነል “{ $panellist }” ንደረጃ { $level } ምልክት የብሉን፤ ነፍሲ ወከፍ ኣባል ንተመሳሳሊ ደረጃታት ምልክት ይገብር።
standard-setting-error-decreasing = ኣባል ፓነል “{ $panellist }” ልዑል ደረጃ ካብ ትሑት ደረጃ ኣብ ዝቐደመ ገጽ ኣቐሚጡ።
standard-setting-error-order = ዝተሓበሩ ምቕራጻት ምስቶም ዘይተመርመሩ ብሓባር ምስ ደረጃታት ኣይውስኹን፤ ዋላ ሓንቲ ኣይተጻሕፈን።
data-error-bad-page = ገጽ “{ $value }” 1 ወይ ልዕሊኡ ምሉእ ቁጽሪ ኣይኮነን
data-error-duplicate-bookmark = ኣባል ፓነል “{ $panellist }” ደረጃ { $level } ክልተ ግዜ ምልክት ገይሩ

cli-plot-about = ናይ ባንኪ SVG ስእላዊ መግለጺታት ሳእል፦ ሓበሬታ ፈተና ምስ መደበኛ ጌጋኡን ምቕራጻት ደረጃታትን፡ ከምኡ’ውን ናይ ነፍሲ ወከፍ ኣቕሓ ጠባይን ሓበሬታን ዝምዝም
cli-plot-opt-out = SVG ፋይላት ዝጽሓፉሉ ማህደር (እንተዘየሎ ይፍጠር)
cli-plot-opt-items = እዞም ኣቕሓታት ጥራይ (ብኮማ ዝተፈላለዩ መለለዪታት፤ ንቡር፦ ሞዴል ዘለዎ ኩሉ ኣቕሓ)
plot-title-test = ሓበሬታ ፈተና፦ ባንኪ { $bank } { $version } ({ $items } ኣቕሓታት)
plot-title-item = ኣቕሓ { $item } ({ $model })
plot-axis-theta = θ (ክእለት፡ ሎጂት)
plot-axis-information = ሓበሬታ
plot-axis-se = መደበኛ ጌጋ
plot-axis-probability = ተኽእሎ
plot-legend-score = ነጥቢ { $score }
plot-written = { $count ->
    [one] { $count } ስእላዊ መግለጺ ናብ { $path } ተጻሒፉ።
   *[other] { $count } ስእላዊ መግለጺታት ናብ { $path } ተጻሒፎም።
}
