## Items: PRB, Problem solving, learning, work (prompts, options, regions, task categories) (Tigrinya)

# prb-001
item-prb-001-prompt = ተሌፎንኩም ኣዝያ ደንጒያ፡ ሓደ ኣፕ ድማ ደው ኢሉ (ኣይንቀሳቐስን)። መጀመርታ እንታይ ትፍትኑ?
item-prb-001-opt-a = ሓዳስ ተሌፎን ግዝኡ።
item-prb-001-opt-b = ኩሎም ስእልታትኩም ደምስሱ።
item-prb-001-opt-c = ነታ ተሌፎን ዓጽዩ ዳግማይ ክፈትዋ (restart)።

# prb-002
item-prb-002-prompt = ኣብ ናይ ቪድዮ ጻውዒት፡ ሰባት ድምጽኹም ኣይሰምዑን እዮም። እዚ ስክሪን ፍቓዳት ናይቲ ኣፕ የርኢ። ክትቅይርዎ ዘለኩም ንከኡ።
item-prb-002-region-camera = Camera (ካሜራ): Allowed (ተፈቒዱ)።
item-prb-002-region-microphone = Microphone (ማይክሮፎን): Not allowed (ኣይተፈቕደን)።
item-prb-002-region-location = Location (ቦታ): Not allowed (ኣይተፈቕደን)።
item-prb-002-region-notifications = Notifications (መፍለጥታት): Allowed (ተፈቒዱ)።
item-prb-002-region-contacts = Contacts (ርክባት): Allowed (ተፈቒዱ)።

# prb-003
item-prb-003-prompt = ተሌፎንኩም Storage full (መዐቀቢ መሊኡ) ትብል ኣላ። ኣብ ክላውድ ዝተዓቀቡ ኣረጊት ቪድዮታት ምድምሳስ ቦታ ከራኽብ ይኽእል። ሓቂ ድዩ ወይስ ሓሶት?

# prb-004
item-prb-004-prompt = ኣብ ገዛ፡ ኣብ ተሌፎንኩም ኢንተርነት ኣይሰርሕን ዘሎ። ነዞም ስጉምትታት፡ ካብቲ መጀመርታ ዝፍተን ክሳብ እቲ መወዳእታ፡ ብቕደም ሰዓብ ስርዑ።
item-prb-004-opt-a = ሞደም ካብ ኤሌክትሪክ ኣውጽእዎ፡ 30 ካልኢት ተጸበዩ፡ ድሕሪኡ መሊስኩም ውተፍዎ።
item-prb-004-opt-b = Wi-Fi ክፉት ምዃኑን ምስ መርበብ ገዛኹም ምርኻቡን ኣረጋግጹ።
item-prb-004-opt-c = ናብ ኣቕራቢ ኢንተርነትኩም ደውሉ።
item-prb-004-opt-d = ኣብ ተሌፎንኩም Wi-Fi ዓጽዩ እንደገና ክፈትዎ።

# prb-005
item-prb-005-prompt = ሓደ ኣፕ ኮድ E-403 ዘለዎ ናይ ጌጋ መልእኽቲ የርኢ ኣሎ፡ ንስኹም ድማ ኣይተረድኣኩምን። ሓገዝ ንምርካብ ጽቡቕ መንገዲ እንታይ እዩ?
item-prb-005-opt-a = ስም እቲ ኣፕ ምስቲ ናይ ጌጋ ኮድ ድለዩ፡ ወይ ወግዓዊ ናይ ሓገዝ ገጽ ናይቲ ኣፕ ኣንብቡ።
item-prb-005-opt-b = ኣብ ብሃንደበት ዝወጽእ መወዓውዒ ዝተራእየ ቁጽሪ ተሌፎን ደውሉ።
item-prb-005-opt-c = ኣብ ናይ ኢንተርነት ጉጅለ ክጽግነልኩም ዝተዳለወ ዘይትፈልጥዎ ሰብ ፓስዎርድኩም ሃብዎ።

# prb-006
item-prb-006-prompt = ካብ ቤት ትምህርቲ ውላድኩም ብእንግሊዝኛ ዝተጻሕፈ ደብዳቤ መጺኡኩም፡ ኣይተረድኣኩምን ድማ። ኣየናይ መሳርሒ እዩ ብዝበለጸ ዝሕግዘኩም?
item-prb-006-opt-a = መቑጸሪ (calculator)።
item-prb-006-opt-b = ካሜራ ዝጥቀም ናይ ትርጉም ኣፕ።
item-prb-006-opt-c = ናይ ካርታ ኣፕ።

# prb-007
item-prb-007-prompt = ናይ AI ቻት ሓጋዚ ብዛዕባ ሕግታትን ሕግታት ኢሚግሬሽንን ኩሉ ግዜ ቅኑዕ እዩ። ሓቂ ድዩ ወይስ ሓሶት?

# prb-008
item-prb-008-prompt = ናይ ኣታዊ ግብሪ (income tax) ሰነድኩም መዓስ ከተቕርቡ ከም ዘለኩም ንናይ AI ቻት ሓጋዚ ትሓትዎ። ንሱ ሓደ ዕለት ይህበኩም። እንታይ ክትገብሩ ኣለኩም?
item-prb-008-opt-a = ነቲ ሕቶ እንደገና ሕተቱ። እቲ መልሲ ሓደ ዓይነት እንተኾይኑ፡ ሓቂ እዩ።
item-prb-008-opt-b = መንግስቲ ንመልስታት AI ስለ ዝፍትሾም፡ ነቲ ዕለት እመንዎ።
item-prb-008-opt-c = ነቲ ዕለት ኣብ canada.ca ኣብ ወግዓዊ ገጽ Canada Revenue Agency (CRA) ኣረጋግጽዎ።

# prb-009
item-prb-009-prompt = ሓደ ናይ AI ሓጋዚ ከም ተኻራዪ ገዛ ዘለኩም መሰላት ይገልጽ፡ ከምዚ ድማ ይብል፦ ክፍሊ 99 ናይ Residential Tenancies Act ርኣዩ። ነቲ ሕጊ ትኸፍትዎ፡ ክፍሊ 99 ድማ ብዛዕባ ካልእ ነገር እዩ። እዚ እንታይ ይነግረኩም?
item-prb-009-opt-a = AI ምንጭታት ክፈጥር ወይ ከደናግር ይኽእል። ወግዓዊ ጽሑፍ ኣረጋግጹ ወይ ንናይ ተኻረይቲ ሓገዝ ኣገልግሎት ሕተቱ።
item-prb-009-opt-b = እቲ ኣብ ወብሳይት መንግስቲ ዘሎ ሕጊ ኣረጊት ክኸውን ኣለዎ፡ ስለዚ ንAI ስዓብዎ።
item-prb-009-opt-c = እቲ ዝተረፈ መልሲ AI ብርግጽ ቅኑዕ እዩ፤ ጌጋ ዘሎ እቲ ቁጽሪ ጥራይ እዩ።
item-prb-009-opt-d = ነቲ AI ርግጸኛ ድዩ ሕተትዎ። እወ እንተበለ፡ ክትኣምንዎ ትኽእሉ።

# prb-010
item-prb-010-prompt = ኢመይል ብኸመይ ከም እትጥቀሙ ክትመሃሩ ትደልዩ። ናጻ ሓገዝ ኣበይ ክትረኽቡ ትኽእሉ?
item-prb-010-opt-a = ኣብ ህዝባዊ ቤት ንባብ ወይ ኣብ ትካል ምጥያሽ (settlement agency)።
item-prb-010-opt-b = ካብ ብኢንተርነት ዝጽሕፈልኩምን ፓስዎርድኩም ዝሓተኩምን ሰብ።
item-prb-010-opt-c = ብgift card ክትከፍሉ ካብ ዝሓትት መወዓውዒ።

# prb-011
item-prb-011-prompt = ሓሊፉ ሰሙን ናይ ኢንተርነት ኮርስ ጀሚርኩም። ትምህርትኹም ንምቕጻል ኣበይ ከም እትነኽኡ ንከኡ።
item-prb-011-region-resume = ቁልፊ Resume lesson 3 (ትምህርቲ 3 ቀጽል)።
item-prb-011-region-catalogue = ሊንክ Course catalogue (ዝርዝር ኮርሳት)።
item-prb-011-region-certificates = ሊንክ Certificates (ምስክር ወረቐታት)።
item-prb-011-region-forum = ሊንክ Forum (መዘራረቢ)።
item-prb-011-region-profile = ኣብ ላዕሊ የማን ዘሎ ናይ ፕሮፋይል ስእልኹም።

# prb-012
item-prb-012-prompt = ናጻ ናይ ኢንተርነት ኮርስ ክትወስዱ ትደልዩ። ነቶም ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-prb-012-opt-a = ትምህርቲ 1 ጀምሩ።
item-prb-012-opt-b = ብኢመይል ኣድራሻኹም ኣካውንት ክፈቱ።
item-prb-012-opt-c = ወብሳይት እቲ ኮርስ ክፈቱ።
item-prb-012-opt-d = ኣካውንትኩም ንምርግጋጽ፡ ናብ ኢመይልኩም ዝተላእከ ኮድ ጽሓፉ።

# prb-013
item-prb-013-prompt = ኣብ Job Bank ስራሕ ትደልዩ ኣለኹም። ጥቓ ገዛኹም ዘለዉ ስራሓት ጥራይ ትደልዩ። እንታይ ትጥቀሙ?
item-prb-013-opt-a = ቁልፊ Sort by date (ብዕለት ስርዕ)።
item-prb-013-opt-b = ሳንዱቕ Location (ቦታ)፦ ከተማኹም ወይ ፖስታ ኮድኩም ትጽሕፉ።
item-prb-013-opt-c = ቁልፊ Print።

# prb-014
item-prb-014-prompt = እዚ ናይ ስራሕ ምልክታ እዩ። ብኸመይ ከም እትምልከቱ ዝሕብር ቦታ ንከኡ።
item-prb-014-region-title = ስም እቲ ስራሕ፦ Warehouse worker (ሰራሕተኛ መኽዘን)።
item-prb-014-region-salary = ደሞዝ፦ ኣብ ሰዓት 19 ዶላርን 50 ሳንቲምን።
item-prb-014-region-howto = ክፍሊ How to apply (ብኸመይ ትምልከቱ)።
item-prb-014-region-save = ቁልፊ Save to favourites (ኣብ ዝተፈተዉ ዓቅብ)።
item-prb-014-region-report = ሊንክ Report a problem (ጸገም ሓብር)።

# prb-015
item-prb-015-prompt = ሓደ ዓቢ ኩባንያ፡ ሰብ ቅድሚ ምርኣዩ፡ ሲቪታት ብኮምፒተር ሲስተም የንብቦም። ኣየናይ ሲቪ እዩ ዝበለጸ ዕድል ዘለዎ?
item-prb-015-opt-a = ስእሊ ናይቲ ብወረቐት ዘሎ ሲቪኹም።
item-prb-015-opt-b = ቀሊል ኣቀማምጣ፡ ልሙዳት ኣርእስትታት ክፍልታትን ካብቲ ናይ ስራሕ ምልክታ ዝተወስዱ ቃላትን ዘለዎ፡ ብዝሓትዎ ዓይነት ፋይል።
item-prb-015-opt-c = ብዙሓት ሰንጠረዛት፡ ስእልታትን መጸባበቒ ፊደላትን ዘለዎ ዲዛይን።
item-prb-015-opt-d = ንኹሉ ስራሕ ሓደ ዓይነት ሓፈሻዊ ሲቪ፡ ካብቲ ምልክታ ዝኾነ ቃል ዘይብሉ።

# prb-016
item-prb-016-prompt = ኣብዚ ናይ ልምምድ ወብሳይት ስራሕ፡ ነቲ ስራሕ ተመልከቱ፦ ሲቪኹም ስደዱ (upload)፡ ንኣስራሒ ሓጺር መልእኽቲ ጽሓፉ፡ ድሕሪኡ Submit ንከኡ።
item-prb-016-cat-0 = እቲ መመልከቲ ኣይተላእከን።
item-prb-016-cat-1 = እቲ መመልከቲ ድሕሪ ሓገዝ ተላኢኹ።
item-prb-016-cat-2 = እቲ መመልከቲ ብዘይ ሓገዝ ተላኢኹ።

# prb-017
item-prb-017-prompt = ኣብዚ ናይ ልምምድ ሞያዊ ፕሮፋይል ወብሳይት፡ ንፕሮፋይልኩም ኣርእስቲ ጽሓፉ፡ ናይ መወዳእታ ስራሕኩም ምስ ዕለታቱን ክእለታቱን ወስኹ፡ ናብ ኣብነታት ስራሕኩም (portfolio) ዝወስድ ሊንክ ወስኹ፡ ነቲ ፕሮፋይል ድማ ንመልመልቲ ሰራሕተኛታት ክርአ ግበርዎ።
item-prb-017-cat-0 = እቲ ፕሮፋይል ኣይተማልአን።
item-prb-017-cat-1 = እቲ ፕሮፋይል ድሕሪ ሓገዝ ተማሊኡ።
item-prb-017-cat-2 = እቲ ፕሮፋይል ብዘይ ሓገዝ ተማሊኡ።
