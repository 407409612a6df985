# Item messages: INF (Tigrinya)

item-inf-001-prompt = ኣብ ካርታ ኣድራሻ ክትረኽቡ ትደልዩ። ኣድራሻ እትጽሕፍሉ ቦታ ንከኡ።
item-inf-001-region-search = ኣብ ላዕሊ ዘሎ፡ ማጉልሒ መነጽር ዘለዎ ነዊሕ ጻዕዳ መስመር
item-inf-001-region-layers = ኣብ ትሕቲ እቲ መስመር ኣብ የማን ዘሎ፡ ዝተደራረቡ ኣርባዕተ ኩርናዕ ዘለዎ ንእሽቶ ቁልፊ
item-inf-001-region-map = ማእከል ካርታ
item-inf-001-region-location = ኣብ የማን ዘሎ፡ ዕላማ ዘለዎ ክብ ቁልፊ
item-inf-001-region-directions = ኣብ ታሕቲ የማን ዘሎ፡ ፍላጻ ዘለዎ ሰማያዊ ቁልፊ

item-inf-002-prompt = ናይ ቤት ጽሕፈት Service Canada ኣብ Winnipeg ናይ ስራሕ ሰዓታት የድልየኩም። ኣብ ሳንዱቕ ምድላይ እንታይ ትጽሕፉ?
item-inf-002-opt-a = office help please
item-inf-002-opt-b = hours
item-inf-002-opt-c = Canada
item-inf-002-opt-d = Service Canada Winnipeg hours

item-inf-003-prompt = ኣብ ወብሳይት ቦርድ ቤት ትምህርቲ፡ ነቲ ናይቲ ወብሳይት ሳንዱቕ ምድላይ ተጠቒምኩም፡ ብዛዕባ ሰዓታት ኣውቶቡስ ቤት ትምህርቲ ዝሕብር ገጽ ድለዩ።
item-inf-003-cat-0 = ኣይተፈትሐን
item-inf-003-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-inf-003-cat-2 = በይኑ ተፈቲሑ

item-inf-004-prompt = ብዛዕባ ፍቓድ ስራሕ (work permit) ካብ ወብሳይታት መንግስቲ ካናዳ ጥራይ ዝመጹ ውጽኢታት ክትረኽቡ ትደልዩ። ኣየናይ ምድላይ እዩ ዝበለጸ?
item-inf-004-opt-a = work permit site:canada.ca
item-inf-004-opt-b = work permit canada.ca only please
item-inf-004-opt-c = site work permit government
item-inf-004-opt-d = work permit -canada.ca

item-inf-005-prompt = ተሌፎን ነቲ ጽሑፍ ብዓው ኢላ ከተንብበልኩም ዝገብር ኣየናይ ቁልፊ እዩ?
item-inf-005-opt-a = መጕሓፍ (trash)።
item-inf-005-opt-b = ማዕበል ድምጺ ዘለዎ ስፒከር (መጉልሒ ድምጺ)።
item-inf-005-opt-c = መዐጸዊ (ቁልፊ)።
item-inf-005-opt-d = ኮኾብ።

item-inf-006-prompt = ብካሜራ ተሌፎንኩም ናይ ወረቐት ደብዳቤ ንምትርጓም ዘድልዩ ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-inf-006-opt-a = ካሜራ ናብቲ ደብዳቤ ኣቕንዑ።
item-inf-006-opt-b = ናይ ትርጉም ኣፕ ክፈቱ።
item-inf-006-opt-c = ነቲ ትርጉም ኣንብብዎ ወይ ስምዕዎ።
item-inf-006-opt-d = ኣብቲ ኣፕ Camera ንከኡ።

item-inf-007-prompt = ካብ IRCC ከም PDF ፋይል ደብዳቤ ይመጸኩም። ከተንብብዎ ቅድሚ ምኽኣልኩም ክትሕትምዎ (print) ኣለኩም። ሓቂ ድዩ ወይስ ሓሶት?

item-inf-008-prompt = እዚ ገጽ ወብሳይት ብእንግሊዝኛ እዩ። ነቲ ገጽ ናብ ቋንቋኹም ዝትርጉም ቁልፊ ንከኡ።
item-inf-008-region-home = ቁልፊ ገዛ፡ ኣብ ጫፍ ጸጋም ናይ መስመር ኣድራሻ
item-inf-008-region-refresh = ክብ ፍላጻ፡ ኣብ ጸጋም ናይ መስመር ኣድራሻ
item-inf-008-region-translate = ፊደል A ን ቻይናዊ ፊደልን ዘለዎ ቁልፊ፡ ኣብ ውሽጢ መስመር ኣድራሻ
item-inf-008-region-bookmark = ኣብ መወዳእታ መስመር ኣድራሻ ዘሎ ኮኾብ
item-inf-008-region-tabs = ቁጽሪ ዘለዎ ኣርባዕተ ኩርናዕ፡ ኣብ ላዕሊ የማን

item-inf-009-prompt = ካርድ ቀዋሚ ነባሪ (PR card) ብኸመይ ከም እትሕድስዎ ደሊኹም። ነቲ ወግዓዊ ውጽኢት መንግስቲ ካናዳ ንከኡ።
item-inf-009-region-ad = እቲ ቀዳማይ ውጽኢት፡ Sponsored (መወዓውዒ) ዝብል ምልክት ዘለዎ፡ ካብ prcard-fast-renewal.com
item-inf-009-region-official = እቲ ካልኣይ ውጽኢት፡ ካብ canada.ca
item-inf-009-region-forum = እቲ ሳልሳይ ውጽኢት፡ ካብ መዘራረቢ መድረኽ (forum)
item-inf-009-region-video = እቲ ራብዓይ ውጽኢት፡ ካብ ማሕበራዊ ሚድያ ዝመጸ ቪድዮ

item-inf-010-prompt = ንናይ AI ቻትቦት ንCanada Child Benefit (ናይ ቆልዑ ሓገዝ ገንዘብ) ብኸመይ ከም እትምልከቱ ትሓትዎ። ዝርዝር ስጉምትታት ይህበኩም። እንታይ ክትገብሩ ኣለኩም?
item-inf-010-opt-a = ነቶም ስጉምትታት ስዓብዎም። መልስታት AI ኩሉ ግዜ ቅኑዓት እዮም።
item-inf-010-opt-b = ቅድሚ ምምልካትኩም፡ ነቶም ስጉምትታት ኣብ canada.ca ወይ ምስ ሰራሕተኛ ምጥያሽ ኣረጋግጽዎም።
item-inf-010-opt-c = ንዓኹም ወኪሉ ክምልከት ምእንቲ፡ ንቻትቦት ቁጽሪ ማሕበራዊ ውሕስነትኩም (SIN) ሃብዎ።
item-inf-010-opt-d = ካብ ኢንተርነት ዝኾነ ሓበሬታ ኣይትጠቐሙ።

item-inf-011-prompt = ኣብ ኢንተርነት ዘሎ ቪድዮ፡ ቀዳማይ ሚኒስተር ኩሎም ሓደስቲ መጻእቲ ናጻ ነፋሪት ናብ ዓዶም ክረኽቡ እዮም ክብል የርኢ። ካብ ዘይፍለጥ ኣካውንት እዩ መጺኡ፡ እቲ ድምጺ ቁሩብ ከም ሮቦት ይመስል፡ ዝኾነ ናይ ዜና ወብሳይት ድማ ኣይጸብጸቦን። እዚ ቪድዮ ብዝበዝሐ እንታይ ክኸውን ይኽእል?
item-inf-011-opt-a = ዜናታት ዘይረኣይዎ ሓቀኛ ምልክታ።
item-inf-011-opt-b = ብAI ዝተሰርሐ ሓሶት ቪድዮ፡ deepfake ዝበሃል።
item-inf-011-opt-c = ካብ መንግስቲ ካናዳ ዝመጸ ወግዓዊ ቪድዮ።
item-inf-011-opt-d = ካብ ባይቶ (Parliament) ቀጥታ ዝመሓላለፍ።

item-inf-012-prompt = ሓደ ናይ AI ቻትቦት፡ ሓድሽ ሕጊ ንስደተኛታት ኣብ ካናዳ ድሕሪ ሓደ ዓመት ንዜግነት ክምልከቱ የፍቅደሎም ይብለኩም። ከም ምንጪ ሊንክ ይህብ። ነቲ ሊንክ ትኸፍትዎ፡ እቲ ገጽ ግን ከምኡ ኣይብልን። እቲ ዝበለጸ መደምደምታ እንታይ እዩ?
item-inf-012-opt-a = እቲ ቻትቦት ምንጪ ስለ ዝሃበ፡ እቲ ሕጊ ሓቂ እዩ።
item-inf-012-opt-b = እቲ ገጽ ኣረጊት እዩ፡ ስለዚ እቲ ቻትቦት ቅኑዕ እዩ።
item-inf-012-opt-c = እቲ ቻትቦት ምናልባት ተጋግዩ እዩ። ነቲ ሕጊ ኣብ ወብሳይት IRCC ኣረጋግጽዎ።
item-inf-012-opt-d = ነቲ ቻትቦት እንደገና ሕተትዎ። ሓደ ዓይነት ነገር ክልተ ግዜ እንተበለ፡ ሓቂ እዩ።

item-inf-013-prompt = ሓደ ጽሑፍ፡ ነቲ JobFast ዝበሃል ኣፕ ዝጥቀሙ ሓደስቲ መጻእቲ ብኽልተ ዕጽፊ ቀልጢፎም ስራሕ ይረኽቡ ይብል። እቲ መጽናዕቲ ብቲ JobFast ዝሰርሕ ኩባንያ እዩ ተገይሩ፡ ምስቶም ነቲ ኣፕ ክጥቀሙ ዝመረጹ ሰባት። እቲ ቀንዲ ድኽመት ናይዚ ዘረባ እንታይ እዩ?
item-inf-013-opt-a = እቲ ኣፕ ኣብ ኩለን ክፍላተ ሃገራት (province) ዘይርከብ ክኸውን ይኽእል።
item-inf-013-opt-b = እቲ መጽናዕቲ እቶም ሓደስቲ መጻእቲ ካብ ኣየኖት ሃገራት ከም ዝመጹ ኣይገልጽን።
item-inf-013-opt-c = እቲ ጽሑፍ ሰባት ስራሕ ንምርካብ ዝወሰደሎም ልክዕ ቁጽሪ መዓልታት ኣይህብን።
item-inf-013-opt-d = እቲ መጽናዕቲ ብቲ ነቲ ኣፕ ዝሰርሕ ኩባንያ እዩ ተገይሩ፡ እቶም ነቲ ኣፕ ዝመረጹ ሰባት ድማ ምናልባት ቀደም ንጡፋት ስራሕ ደለይቲ ክኾኑ ይኽእሉ።

item-inf-014-prompt = scan001.pdf ዝስሙ ፋይል፡ ካብ Lease-2025-apartment.pdf ዝስሙ ፋይል ንዳሓር ንምርካብ ይቐልል። ሓቂ ድዩ ወይስ ሓሶት?

item-inf-015-prompt = ካብ ኢመይል ዝመጸ PDF ደብዳቤ ናብ ፎልደር Documents ንምዕቃብ ዘድልዩ ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-inf-015-opt-a = Download ንከኡ።
item-inf-015-opt-b = ነቲ ኢመይል ክፈትዎ።
item-inf-015-opt-c = ኣፕ Files ክፈቱ፡ ነቲ PDF ድማ ናብ ፎልደር Documents ኣግዕዝዎ።
item-inf-015-opt-d = ነቲ ተተሓሒዙ ዘሎ PDF ንከኡ።

item-inf-016-prompt = Immigration ዝበሃል ሓድሽ ፎልደር ስርሑ። ድሕሪኡ ነቶም ካብ IRCC ዝመጹ ክልተ ደብዳቤታት ናብኡ ኣግዕዝዎም።
item-inf-016-cat-0 = ኣይተፈትሐን
item-inf-016-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-inf-016-cat-2 = በይኑ ተፈቲሑ

item-inf-017-prompt = ናይ ስድራኹም ሰነዳት ኢሚግሬሽንን መንነትን ስካን ገይርኩም ትዕቅብዎም፡ ንብዙሕ ዓመታት ድማ ከድልዩኹም እዮም። ካብ ምጥፋእን ካብ ካልኦት ሰባትን ብዝበለጸ ዝሕልዎም ኣየናይ መደብ እዩ?
item-inf-017-opt-a = ኩሉ ግዜ ምሳኹም ምእንቲ ክኸውን፡ ሓደ ቅዳሕ ጥራይ ኣብ መዝገብ ስእልታት ተሌፎን ዓቅቡ።
item-inf-017-opt-b = ሓደ ቅዳሕ ብክልተ-ስጉምቲ ምርግጋጽ ዝተሓለወ ናይ ክላውድ ኣካውንት፡ ካልኣይ ቅዳሕ ድማ ኣብ ገዛ ኣብ ዝተዓቀበ USB ዓቅቡ።
item-inf-017-opt-c = ብዙሓት ሰባት ቅዳሕ ምእንቲ ክህልዎም፡ ነቶም ስካናት ንባዕልኹምን ንብዙሓት ኣዝማድን ብኢመይል ስደድዎም።
item-inf-017-opt-d = ናብ ላዕሊ ብምስሓብ ምእንቲ ክትረኽብዎም፡ ኣብ ብሕታዊ ናይ ስድራ ጉጅለ ቻት ዓቅብዎም።
