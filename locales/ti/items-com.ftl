# Item messages: COM (Tigrinya)

item-com-001-prompt = ተሌፎንኩም ትድውል ኣላ። ጻውዒት ንምቕባል ኣበይ ከም እትነኽኡ ንከኡ።
item-com-001-region-decline = ኣብ ታሕቲ ጸጋም ዘሎ፡ ተሌፎን ዘለዎ ቀይሕ ክብ ቁልፊ
item-com-001-region-answer = ኣብ ታሕቲ የማን ዘሎ፡ ተሌፎን ዘለዎ ቀጠልያ ክብ ቁልፊ
item-com-001-region-message = ኣብ ልዕሊ እቲ ቀይሕ ቁልፊ ዘሎ ፊኛ ዘረባ
item-com-001-region-remind = ኣብ ልዕሊ እቲ ቀጠልያ ቁልፊ ዘሎ ሰዓት

item-com-002-prompt = ኣብ WhatsApp፡ ናይ ድምጺ መልእኽቲ ንምቕዳሕ ኣየናይ ቁልፊ ጸቒጥኩም ትሕዙ?
item-com-002-opt-a = ማይክሮፎን።
item-com-002-opt-b = ካሜራ።
item-com-002-opt-c = መትሓዚ ወረቐት (ክሊፕ)።
item-com-002-opt-d = ዝስሕቕ ገጽ።

item-com-003-prompt = ኣብ WhatsApp ንዓርክኹም ስእሊ ንምልኣኽ ነቶም ስእልታት ብቕደም ሰዓብ ስርዑ።
item-com-003-opt-a = ነቲ ስእሊ ምረጹ።
item-com-003-opt-b = WhatsApp ክፈቱ።
item-com-003-opt-c = ነቲ ቀጠልያ ፍላጻ Send ንከኡ።
item-com-003-opt-d = ስም ዓርክኹም ንከኡ።
item-com-003-opt-e = ነቲ ክሊፕ ንከኡ።

item-com-004-prompt = ኣብ ናይ ቪድዮ ጻውዒት፡ ቁልፊ ካሜራ ብመስመር ተሰሪዙ ትርእዩ። እዚ ማለት እቲ ካልእ ሰብ ሕጂ እውን ክርእየኩም ይኽእል እዩ ማለት እዩ። ሓቂ ድዩ ወይስ ሓሶት?

item-com-005-prompt = ካብ ቤት ትምህርቲ ውላድኩም ኢመይል መጺኡኩም። ነቲ ዝጸሓፈ ሰብ ጥራይ መልሲ ንምሃብ ዝኾነ ቁልፊ ንከኡ።
item-com-005-region-reply = ቁልፊ Reply፡ ናብ ጸጋም ዘመልክት ሓደ ዝተጠውየ ፍላጻ ዘለዎ
item-com-005-region-reply-all = ቁልፊ Reply all፡ ናብ ጸጋም ዘመልክቱ ክልተ ዝተጠውዩ ፍላጻታት ዘለዎ
item-com-005-region-forward = ቁልፊ Forward፡ ናብ የማን ዘመልክት ፍላጻ ዘለዎ
item-com-005-region-delete = ቁልፊ መጕሓፍ (trash)

item-com-006-prompt = ንሰራሕተኛ ምጥያሽኩም (settlement worker) ኢመይል ጽሓፉ፡ ስእሊ ውዕል ገዛኹም ድማ ኣተሓሕዙሉ። ድሕሪኡ Send ንከኡ።
item-com-006-cat-0 = ኣይተፈትሐን
item-com-006-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-com-006-cat-2 = በይኑ ተፈቲሑ

item-com-007-prompt = ሓደ ኢመይል ናብ ዓሰርተ ወለዲ ናይ ክፍሊ ውላድኩም ትሰዱ። ንሓድሕዶም ኣይፋለጡን እዮም። ሓደ ናይ ካልእ ኣድራሻ ከይርኢ፡ ኣድራሻታቶም ኣበይ ተእትውዎ?
item-com-007-opt-a = ኣብ ቦታ To።
item-com-007-opt-b = ኣብ ቦታ Cc።
item-com-007-opt-c = ኣብ ቦታ Bcc።
item-com-007-opt-d = ኣብ ቦታ Subject።

item-com-008-prompt = ኣብ ፎልደር Spam ዘለዉ ኢመይላት ኩሉ ግዜ ሓደገኛታት እዮም፡ ስለዚ ፈጺምኩም ክትርእይዎ የብልኩምን። ሓቂ ድዩ ወይስ ሓሶት?

item-com-009-prompt = ኣብ ናይ ኢንተርነት ክፍሊ ኣለኹም። ማይክሮፎንኩም ዝዓጹ ቁልፊ ንከኡ።
item-com-009-region-mic = ቁልፊ ማይክሮፎን፡ ኣብ ታሕቲ ጸጋም
item-com-009-region-camera = ቁልፊ ቪድዮ ካሜራ
item-com-009-region-chat = ቁልፊ ፊኛ ዘረባ
item-com-009-region-hand = ቁልፊ ዝተልዓለ ኢድ
item-com-009-region-leave = ቀይሕ ቁልፊ፡ ኣብ ታሕቲ የማን

item-com-010-prompt = ካብ ኢመይል መምህርኩም ናብ ናይ ኢንተርነት ክፍሊ እንግሊዝኛ ንምእታው ዘድልዩ ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-com-010-opt-a = ስምኩም ጽሓፉ።
item-com-010-opt-b = ሊንክ እቲ ኣኼባ ንከኡ።
item-com-010-opt-c = Join ንከኡ።
item-com-010-opt-d = ካብ መምህርኩም ዝመጸ ኢመይል ክፈቱ።

item-com-011-prompt = ኣብቲ ናይ ኢንተርነት ክፍሊ ኢድኩም ኣልዕሉ። መምህር ስምኩም ምስ ጸውዐ፡ ማይክሮፎንኩምን ካሜራኹምን ክፈቱ።
item-com-011-cat-0 = ኣይተፈትሐን
item-com-011-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-com-011-cat-2 = በይኑ ተፈቲሑ

item-com-012-prompt = ሓኪምኩም ን10:00 ናይ ቪድዮ ቆጸራ ሊንክ ሰዲዱልኩም። እንታይ እዩ ዝበለጸ ዝግበር?
item-com-012-opt-a = ሓኪም ናብ ቁጽሪ ተሌፎንኩም ክድውል ተጸበዩ።
item-com-012-opt-b = ኣብ ኣውቶቡስ ከለኹም ሰዓት 10:15 ነቲ ሊንክ ክፈትዎ።
item-com-012-opt-c = ዳታ ንምቑጣብ Wi-Fi ዓጽዩ፡ ድሕሪኡ ነቲ ሊንክ ክፈትዎ።
item-com-012-opt-d = ቅድሚ 10:00 ቁሩብ ደቓይቕ፡ ናብ ህዱእን ብሕታዊን ቦታ ኬድኩም ነቲ ሊንክ፡ ካሜራን ድምጽን ፈትንዎ።

item-com-013-prompt = ኣብ Google Drive ዘሎ ፋይል ምስ መምህርኩም ክትካፈሉ ትደልዩ። ኣየናይ ቁልፊ ትነኽኡ?
item-com-013-opt-a = ሰብን ምልክት ድምርን (+) ዘለዎ፡ ቃል Share ዘለዎ።
item-com-013-opt-b = መጕሓፍ (trash)፡ ቃል Remove ዘለዎ።
item-com-013-opt-c = ኮኾብ፡ ቃላት Add to Starred ዘለዎ።
item-com-013-opt-d = ፕሪንተር፡ ቃል Print ዘለዎ።

item-com-014-prompt = ናብ ሰነድኩም ዝወስድ ሊንክ ትካፈሉ። እቲ ሊንክ Anyone with the link can edit (ሊንክ ዘለዎ ዝኾነ ሰብ ክቕይር ይኽእል) ተባሂሉ ተዳልዩ ኣሎ። እንታይ ክኸውን ይኽእል?
item-com-014-opt-a = ኣብ ዝርዝር ርክባትኩም ዘለዉ ሰባት ጥራይ ክኸፍትዎ ይኽእሉ።
item-com-014-opt-b = ነቲ ሰነድ ክቕይሮ ዝኽእል ንስኹም ጥራይ ኢኹም።
item-com-014-opt-c = ሰባት ከንብብዎ ይኽእሉ፡ ግን ዝኾነ ሰብ ክቕይሮ ኣይክእልን።
item-com-014-opt-d = ነቲ ሊንክ ዝረኸበ ዝኾነ ሰብ ጽሑፍኩም ክቕይሮ ወይ ክድምስሶ ይኽእል።

item-com-015-prompt = ነቲ ፋይል Resume.docx ምስ ኣማኻሪት ስራሕኩም፡ counsellor@example.org፡ ተኻፈልዎ፡ ርእይቶ ክትውስኽ ክትክእል፡ ጽሑፍኩም ግን ክትቅይር ከይትኽእል።
item-com-015-cat-0 = ኣይተፈትሐን
item-com-015-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-com-015-cat-2 = በይኑ ተፈቲሑ

item-com-016-prompt = ንስኹምን ክልተ መማህርትኹምን ሓደ ዝተኻፈልኩምዎ ሰነድ ትጽሕፉ ኣለኹም። ሎሚ ንግሆ፡ ሓደ ሰብ ብጌጋ ናትኩም ክፋል ደምሲሱዎ። ንምምላሱ እቲ ዝበለጸ መንገዲ እንታይ እዩ?
item-com-016-opt-a = ታሪኽ ስሪታት (version history) ክፈቱ፡ ናትኩም ክፋል ካብ ዝቐደመ ስሪት ምለስዎ።
item-com-016-opt-b = ናትኩም ክፋል ካብ ኣእምሮኹም እንደገና ጽሓፍዎ።
item-com-016-opt-c = ኣብ ናትኩም ኮምፒተር Undo ጸቕጡ።
item-com-016-opt-d = መማህርትኹም ሓድሽ ሰነድ ሰሪሖም እንደገና ክጅምሩ ሕተትዎም።

item-com-017-prompt = ንሓደ ናይ ማሕበረሰብ ወለንተኛታት ጉጅለ ዝተኻፈልዎ ፎልደር ተመሓድሩ። እቲ ፎልደር ቁጽሪ ተሌፎን ሰባት ዘለዎ ናይ ምዝገባ ቅጥዕታት ሒዙ ኣሎ። ሓደ ወለንተኛ ነቲ ጉጅለ ገዲፉዎ። እንታይ ክትገብሩ ኣለኩም?
item-com-017-opt-a = እቲ ወለንተኛ ነቲ ፎልደር ደጊሙ ከም ዘይከፍቶ ቃል ክኣቱ ሕተትዎ።
item-com-017-opt-b = እቲ ወለንተኛ እንተ ተመልሰ ኢልኩም፡ ፍቓዱ ግደፍዎ።
item-com-017-opt-c = እቲ ወለንተኛ ከይረኽቦ፡ ስም እቲ ፎልደር ቀይርዎ።
item-com-017-opt-d = ፍቓድ እቲ ወለንተኛ ኣልግስዎ፡ እቲ ፎልደር ምስ Anyone with the link ከም ዘይተኻፈለ ድማ ኣረጋግጹ።

item-com-018-prompt = ምሉእ መልእኽቲ ብዓበይቲ ፊደላት (CAPITAL LETTERS) ምጽሓፍ ከም ትጭድሩ ክመስል ይኽእል። ሓቂ ድዩ ወይስ ሓሶት?

item-com-019-prompt = ስራሕ ትምልከቱ ኣለኹም። ኣየናይ ኢመይል ኣድራሻ እዩ ንምጥቃም ዝበለጸ?
item-com-019-opt-a = partygirl99@hotmail.com
item-com-019-opt-b = amina.hassan@gmail.com
item-com-019-opt-c = bestcook_4ever@yahoo.com

item-com-020-prompt = ስራሕ ትደልዩ ኣለኹም። ኣስራሕቲ ስምኩም ኣብ ኢንተርነት ክደልዩ ይኽእሉ። እቲ ዝበለጸ ዝግበር እንታይ እዩ?
item-com-020-opt-a = ስምኩም ባዕልኹም ድለዩ፡ ውልቃዊ ኣካውንታትኩም ብሕታዊ ግበርዎም፡ ሞያዊ ፕሮፋይልኩም ድማ ብግዜኡ ኣሐድስዎ።
item-com-020-opt-b = ኩሎም ኣካውንታትኩም ደምስሱ፡ ስራሕ ክሳብ እትረኽቡ ድማ ካብ ኢንተርነት ርሓቑ።
item-com-020-opt-c = ኣስራሕቲ ኣብ ኢንተርነት ከይረኽቡኹም፡ ኣብ መመልከቲ ስራሕኩም ካልእ ስም ተጠቐሙ።
item-com-020-opt-d = ገለ ኣይትግበሩ። ኣብ ካናዳ ኣስራሕቲ ኣብ ኢንተርነት ዝኾነ ነገር ክርእዩ ኣይፍቀደሎምን እዩ።

item-com-021-prompt = ንሓደስቲ መጻእቲ ዘገልግል ትካል ናይ ማሕበራዊ ሚድያ ገጽ ተመሓድሩ። ሓንቲ ዓሚል ምሉእ ስማ፡ ቁጽሪ ፋይላን ብዛዕባ ዝተነጽገ መመልከቲኣ ዘቕረበቶ ጥርዓንን ዘለዎ ህዝባዊ ርእይቶ ለጢፋ። እቲ ዝበለጸ መልሲ እንታይ እዩ?
item-com-021-opt-a = ከም እትሕግዝዋ ንምርኣይ፡ ዝርዝር ፋይላ ሒዝኩም ኣብ ህዝቢ መልሲ ሃቡ።
item-com-021-opt-b = ከምቲ ፖሊሲኹም ዝፈቕዶ ነቲ ርእይቶ ሕብእዎ፡ ብውሑስ መንገዲ ብሕታዊ ከም እትረኽብዋ ድማ ብሓጺሩ መልሱላ።
item-com-021-opt-c = እቲ ጥርዓን ከይዝርጋሕ፡ ነቲ ርእይቶ ደምሲስኩም ንዓኣ ዕጸውዋ (block)።
item-com-021-opt-d = ባዕላ መሪጻ ስለ ዝለጠፈቶ፡ ነቲ ርእይቶ ግደፍዎ፡ መልሲ ድማ ኣይትሃቡ።
