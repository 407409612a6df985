## Items: SAF, Safety, privacy, well-being (prompts, options, regions, task categories) (Tigrinya)

# saf-001
item-saf-001-prompt = እንተ ጠፊኣትኩም፡ ኣየናይ ተሌፎን እያ ብዝበለጸ ውሕስቲ?
item-saf-001-opt-a = PIN ኣብ ድሕሪት ብዝተለጠፈ ወረቐት ተጻሒፉ ዘሎ ተሌፎን።
item-saf-001-opt-b = ብቐሊል ምስሓብ እትኽፈት ተሌፎን።
item-saf-001-opt-c = ንምኽፋታ PIN ወይ ኣሰር ኣጻብዕትኹም እትሓትት ተሌፎን።

# saf-002
item-saf-002-prompt = ኣየናይ ፓስዎርድ እዩ ዝበለጸ ሓያል?
item-saf-002-opt-a = 123456
item-saf-002-opt-b = Amina1990
item-saf-002-opt-c = river-lamp-orange-47
item-saf-002-opt-d = password

# saf-003
item-saf-003-prompt = ተሌፎንኩም ሓድሽ ምምሕያሽ (update) ድሉው ምዃኑ ምስ እትነግረኩም፡ ፈጺምኩም ዘይምእታዉ ይሓይሽ። ሓቂ ድዩ ወይስ ሓሶት?

# saf-004
item-saf-004-prompt = ኣብ Calgary ትነብሩ። ናይ Android ተሌፎንኩምን ናይ Windows ላፕቶፕኩምን ጥራይ ኢኹም እትጥቀሙ። እዚ ዝርዝር ናብ ኢመይል ኣካውንትኩም ናይ ቀረባ ግዜ ምእታዋት የርኢ። ንስኹም ዘይኮንኩም ዝመስል ምእታው ንከኡ።
item-saf-004-region-row1 = ሎሚ፡ 9:12 ቅድሚ ቀትሪ፡ Android ተሌፎን፡ Calgary, Alberta።
item-saf-004-region-row2 = ሎሚ፡ 3:47 ቅድሚ ቀትሪ፡ ዘይፍለጥ Linux ኮምፒተር፡ Rotterdam, ሆላንድ (Netherlands)።
item-saf-004-region-row3 = ትማሊ፡ 8:05 ድሕሪ ቀትሪ፡ Windows ላፕቶፕ፡ Calgary, Alberta።
item-saf-004-region-row4 = ሰኑይ፡ 7:30 ቅድሚ ቀትሪ፡ Android ተሌፎን፡ Calgary, Alberta።
item-saf-004-region-secure = ቁልፊ Secure your account (ኣካውንትኩም ሕለዉ)።

# saf-005
item-saf-005-prompt = ኣብዚ ናይ ልምምድ መመሓደሪ ፓስዎርድ (password manager)፡ ንናይ ቤት ትምህርቲ ፖርታል ኣካውንትኩም ሓያል ሓድሽ ፓስዎርድ ስርሑ፡ ምስ ኣድራሻ ወብሳይት እቲ ፖርታል ዓቅብዎ፡ ድሕሪኡ ነቲ መመሓደሪ ዕጸውዎ።
item-saf-005-cat-0 = ኣይተገብረን።
item-saf-005-cat-1 = ድሕሪ ሓገዝ ተገይሩ።
item-saf-005-cat-2 = ብዘይ ሓገዝ ተገይሩ።

# saf-006
item-saf-006-prompt = ኩሎም ፓስዎርድታትኩም ኣብ መመሓደሪ ፓስዎርድ (password manager) ትዕቅብዎም። ብዝበለጸ ዝሕልዎ እንታይ እዩ?
item-saf-006-opt-a = ኣብ ተሌፎንኩም ኣብ መዘኻኸሪ (note) ዝተዓቀበ ቀንዲ ፓስዎርድ።
item-saf-006-opt-b = ከይትርስዕዎ፡ ምስ ናይ ኢመይልኩም ሓደ ዓይነት ቀንዲ ፓስዎርድ።
item-saf-006-opt-c = ኣብ ካልእ ቦታ ዘይትጥቀምሉ ነዊሕ ቀንዲ ፓስዎርድ (master password)፡ ኣብቲ መመሓደሪ ድማ ክልተ-ስጉምቲ ምርግጋጽ።
item-saf-006-opt-d = ቀንዲ ፓስዎርድ ብተደጋጋሚ ከይትጽሕፉ፡ ባዕሉ ዝዕጾ (Auto-lock) ምዕጻው።

# saf-007
item-saf-007-prompt = ኣየናይ ስእሊ እዩ ፈጺምኩም ኣብ ኢንተርነት ክትልጥፍዎ ዘይብልኩም?
item-saf-007-opt-a = ቁጽሪ ማሕበራዊ ውሕስነትኩም (SIN) ዘለዎ ደብዳቤ ስእሊ።
item-saf-007-opt-b = ስእሊ መናፈሻ።
item-saf-007-opt-c = ስእሊ መግብኹም።

# saf-008
item-saf-008-prompt = ሓደ ናይ ኢንተርነት ድኳን ትእዛዝኩም ንምብጻሕ ቁጽሪ ማሕበራዊ ውሕስነትኩም (SIN) ይሓተኩም። ክትህብዎ ኣለኩም። ሓቂ ድዩ ወይስ ሓሶት?

# saf-009
item-saf-009-prompt = ናይ ባትሪ ብርሃን (flashlight) ኣፕ ተእትዉ። ንሱ ርክባትኩምን ዘለኹምዎ ቦታን ክርኢ ይሓትት። እንታይ ትነኽኡ?
item-saf-009-opt-a = Allow፦ እወ ትብሉ።
item-saf-009-opt-b = Don't allow፦ ኣይፋል ትብሉ።
item-saf-009-opt-c = Allow all the time፦ ኩሉ ግዜ እወ ትብሉ።

# saf-010
item-saf-010-prompt = ሓደ ናይ ዕድጊ ኣፕ ኣበይ ከም ዘለኹም ምርኣይ ከቋርጽ ትደልዩ። ነቶም ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-saf-010-opt-a = Permissions ንከኡ።
item-saf-010-opt-b = Settings ክፈቱ።
item-saf-010-opt-c = Location ንከኡ፡ ድሕሪኡ Don't allow።
item-saf-010-opt-d = Apps ንከኡ፡ ነቲ ናይ ዕድጊ ኣፕ ድማ ምረጹ።

# saf-011
item-saf-011-prompt = ሓደ ናይ ስእሊ ምስተኻኸሊ ኣፕ ዘድልዮ እቶም እትመርጽዎም ስእልታት ጥራይ እዮም። ፍቓዳቱ እዚኣቶም እዮም፦ Photos፡ ኩሎም ስእልታት፤ Location፡ ኩሉ ግዜ፤ Contacts፡ ተፈቒዱ፤ Microphone፡ ተፈቒዱ። እቲ ዝበለጸ ምድላው እንታይ እዩ?
item-saf-011-opt-a = ኩሉ ፍቐዱ፡ ግን ነቲ ኣፕ ክትጥቀምሉ ከለኹም ጥራይ።
item-saf-011-opt-b = እቲ ኣፕ ናጻ ስለ ዝኾነ፡ ኩሉ ከም ዘለዎ ግደፍዎ።
item-saf-011-opt-c = Photos ዕጸውዎ፡ Location ድማ ኩሉ ግዜ ግደፍዎ።
item-saf-011-opt-d = Photos፦ ዝተመርጹ ስእልታት ጥራይ። Location፡ Contacts ከምኡ ድማ Microphone ዕጸውዎም።

# saf-012
item-saf-012-prompt = ነዚ ናይ ተሌፎን ጻውዒት ስምዕዎ፦ እዚ Canada Revenue Agency (CRA) እዩ። ግብሪ ኣለኩም። ሎሚ ብgift card ክፈሉ፡ እንተዘይኮይኑ ፖሊስ ክኣስሩኹም እዮም። እዚ ጻውዒት እንታይ እዩ?
item-saf-012-opt-a = ካብ ፖሊስ ዝመጸ ሓቀኛ ጻውዒት እዩ፦ ኣድራሻኹም ትህቡ።
item-saf-012-opt-b = ካብ መንግስቲ ዝመጸ ሓቀኛ ጻውዒት እዩ፦ ብgift card ትኸፍሉ።
item-saf-012-opt-c = ምትላል እዩ፦ ተሌፎን ትዓጽዉ።

# saf-013
item-saf-013-prompt = ባንክኹም Maple Bank እዩ፡ ወብሳይቱ ድማ maplebank.ca እዩ። እዚ ኢመይል ሓቀኛ ይመስል። ካብ ባንክኹም ከም ዘይመጸ ዘርኢ ክፋል ንከኡ።
item-saf-013-region-logo = ምልክት (logo) ናይ Maple Bank።
item-saf-013-region-sender = ሰዳዲ፦ alerts@maplebank.ca-secure-login.com
item-saf-013-region-greeting = ሰላምታ፦ Hello Amina።
item-saf-013-region-message = መልእኽቲ፦ We noticed a new sign-in. Please review your account. (ሓድሽ ምእታው ረኺብና። በጃኹም ኣካውንትኩም ርኣዩ።)
item-saf-013-region-button = ቁልፊ Review account።

# saf-014
item-saf-014-prompt = ናይ WhatsApp መልእኽቲ መጺኡኩም፦ ካብ ገዛ ስርሑ፡ ኣብ መዓልቲ 400 ዶላር፡ ቃለ-መሕትት የለን። ንናይ ስልጠና ነገራትኩም 50 ዶላር ስደዱ። እዚ እንታይ እዩ?
item-saf-014-opt-a = ምናልባት ምትላል እዩ፦ ኣይትኽፈሉ፡ መልሲ ድማ ኣይትሃቡ።
item-saf-014-opt-b = ጽቡቕ ስራሕ እዩ፦ ነቲ 50 ዶላር ቀልጢፍኩም ስደዱ።
item-saf-014-opt-c = ካብ Job Bank ዝመጸ ሓቀኛ ናይ ስራሕ ዕድል እዩ።

# saf-015
item-saf-015-prompt = ኣብ መዕቆቢ መኻይን ኣብ ዝተለጠፈ ወረቐት ዘሎ QR ኮድ ኩሉ ግዜ ናብቲ ሓቀኛ ናይ ክፍሊት ወብሳይት ይወስድ። ሓቂ ድዩ ወይስ ሓሶት?

# saf-016
item-saf-016-prompt = ካብ ዘይትፈልጥዎ ቁጽሪ ተሌፎንኩም ትድውል። ድምጺ ወድኹም እናበኸየ ትሰምዑ፦ ሓደጋ በጺሑኒ። ሕጂ 2,000 ዶላር ብe-Transfer ስደዱለይ። ንሓደ ሰብ ኣይትንገሩ። እቲ ዝበለጸ ውሑስ ዝግበር እንታይ እዩ?
item-saf-016-opt-a = ተሌፎን ዓጽዩ፡ ንወድኹም ብልሙድ ቁጽሩ ደውሉሉ።
item-saf-016-opt-b = ንምርግጋጽ፡ ናብቲ ሕጂ ዝደወለልኩም ቁጽሪ መሊስኩም ደውሉ።
item-saf-016-opt-c = እቲ ዝደወለ ሰብ ዕለት ልደቱ ክነግረኩም ሕተትዎ።
item-saf-016-opt-d = ብሓቂ ድምጹ ስለ ዝኾነ፡ ነቲ ገንዘብ ስደዱ።

# saf-017
item-saf-017-prompt = ብኢንተርነት ተሌፎን ትሸጡ ኣለኹም። እቲ ዓዳጊ ካብ Interac ዝመጸ ዝመስል ኢመይል ይሰደልኩም፦ ክፍሊት 300 ዶላር ተታሒዙ ኣሎ። ንዓዳጊ ናይ መጓዓዝያ 100 ዶላር ምስ ሰደድኩም ክልቀቕ እዩ። እንታይ እዩ ሓቂ?
item-saf-017-opt-a = ነቲ 300 ዶላር ንምቕባል ነቲ 100 ዶላር ክትሰዱ ኣለኩም።
item-saf-017-opt-b = Interac ንሓደ ሰብ ክሳብ እትኸፍሉ ክፍሊት ፈጺሙ ኣይሕዝን እዩ። እቲ ኢመይል ሓሶት እዩ፦ ኣብ ናይ ባንክ ኣፕኩም ኣረጋግጹ።
item-saf-017-opt-c = ምልክት (logo) Interac ስለ ዘለዎ፡ እቲ ኢመይል ሓቀኛ እዩ።
item-saf-017-opt-d = ገንዘብ ንምልቃቕ፡ ፓስዎርድ ባንክኹም ሒዝኩም ነቲ ኢመይል መልሲ ክትህቡ ኣለኩም።

# saf-018
item-saf-018-prompt = ኣብ ታብሌት ውላድኩም ጸወታታት ኣብ መዓልቲ ን1 ሰዓት ጥራይ ክትድርቱ ትደልዩ። ነቶም ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-saf-018-opt-a = Screen Time ንከኡ።
item-saf-018-opt-b = Games ምረጹ፡ 1 ሰዓት ኣቐምጡ፡ ድሕሪኡ Add ንከኡ።
item-saf-018-opt-c = Settings ክፈቱ።
item-saf-018-opt-d = App Limits ንከኡ፡ ድሕሪኡ Add Limit።

# saf-019
item-saf-019-prompt = ኣብዚ ናይ ልምምድ ማሕበራዊ ሚድያ ኣፕ፡ ሓደ ሰብ ዘጸርፉ መልእኽትታት ይሰደልኩም ኣሎ። ነዚ ሰብ ዕጸውዎ (block)፡ ነቶም መልእኽትታት ድማ ሓብሩ (report)።
item-saf-019-cat-0 = ኣይተገብረን።
item-saf-019-cat-1 = ድሕሪ ሓገዝ ተገይሩ።
item-saf-019-cat-2 = ብዘይ ሓገዝ ተገይሩ።
