## Items: SRV, Using online services in Canada (prompts, options, regions, task categories) (Tigrinya)

# srv-001
item-srv-001-prompt = ናብ ሓደ ወብሳይት ትኣትዉ ኣለኹም። 6 ቁጽሪ ዘለዎ ኮድ ብጽሑፍ መልእኽቲ መጺኡኩም። በቲ ኮድ እንታይ ትገብሩ?
item-srv-001-opt-a = ነቲ ኮድ ንዝደወለልኩምን ዝሓተኩምን ሰብ ሃብዎ።
item-srv-001-opt-b = ነቲ ኮድ ኣብቲ ናይ ምእታው ገጽ ጽሓፍዎ።
item-srv-001-opt-c = ነቲ መልእኽቲ ደምሲስኩም ገለ ኣይትግበሩ።

# srv-002
item-srv-002-prompt = ፓስዎርድኩም ረሲዕኩም። ሓድሽ ፓስዎርድ ክትሰርሑ ኣበይ ከም እትኽእሉ ንከኡ።
item-srv-002-region-email = ሳንዱቕ ኢመይል ኣድራሻኹም።
item-srv-002-region-password = ሳንዱቕ ፓስዎርድኩም።
item-srv-002-region-signin = ቁልፊ Sign in (እቶ)።
item-srv-002-region-forgot = ሊንክ Forgot password? (ፓስዎርድ ረሲዕካ?)
item-srv-002-region-create = ሊንክ Create an account (ኣካውንት ክፈት)።

# srv-003
item-srv-003-prompt = ብክልተ-ስጉምቲ ምርግጋጽ፡ ብፓስዎርድኩምን ከምኡ ድማ ናብ ተሌፎንኩም ብዝተላእከ ኮድን ትኣትዉ። ሓቂ ድዩ ወይስ ሓሶት?

# srv-004
item-srv-004-prompt = ናይ ሓደ ናይ ኢንተርነት ኣካውንት ፓስዎርድ ክትቅይሩ ትደልዩ። ነቶም ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-srv-004-opt-a = ካብቲ ወብሳይት ዝመጸ ኢመይል ክፈቱ፡ ነቲ ሊንክ ድማ ንከኡ።
item-srv-004-opt-b = ኣብቲ ናይ ምእታው ገጽ Forgot password? ንከኡ።
item-srv-004-opt-c = ሓድሽ ፓስዎርድ ክልተ ግዜ ጽሓፉ፡ Save ድማ ንከኡ።
item-srv-004-opt-d = ኢመይል ኣድራሻኹም ጽሓፉ፡ Send ድማ ንከኡ።

# srv-005
item-srv-005-prompt = ክልተ-ስጉምቲ ምርግጋጽ ትኸፍቱ። እቲ ወብሳይት 10 ናይ መጠባበቒ ኮዳት (backup codes) የርኢ። እቲ ዝበለጸ ዝግበረሎም እንታይ እዩ?
item-srv-005-opt-a = ተሌፎንኩም ኩሉ ግዜ ምሳኹም ስለ ዘላ፡ ሸለል በልዎም።
item-srv-005-opt-b = ምናልባት ኢልኩም ብኢመይል ንዓርክኹም ስደድዎም።
item-srv-005-opt-c = ኣብ ውሑስ ቦታ ዓቅብዎም፡ ከም ኣብ መመሓደሪ ፓስዎርድ ወይ ኣብ ገዛ ኣብ ወረቐት።
item-srv-005-opt-d = ኣብ ናይ ስድራኹም ጉጅለ ቻት ለጥፍዎም።

# srv-006
item-srv-006-prompt = ነዚ ቅጥዒ ርኣዩ። ኣብ ጎኒ ሳንዱቕ ዘሎ ቀይሕ ኮኾብ እንታይ ማለት እዩ?
item-srv-006-opt-a = ኣብዚ ሳንዱቕ ዘሎ መልሲ ጌጋ እዩ።
item-srv-006-opt-b = ነዚ ሳንዱቕ ባዶ ክትገድፍዎ ትኽእሉ።
item-srv-006-opt-c = ነዚ ሳንዱቕ ክትመልእዎ ኣለኩም።

# srv-007
item-srv-007-prompt = እቲ ቅጥዒ ስእሊ ናይ ቀዋሚ ነባሪ ካርድኹም (PR card) ይሓትት። ነቲ ፋይል ኣበይ ከም እትውስኽዎ ንከኡ።
item-srv-007-region-name = ሳንዱቕ Family name (ስም ስድራ)።
item-srv-007-region-upload = ቁልፊ Upload file (ፋይል ስደድ)።
item-srv-007-region-help = ሊንክ Help (ሓገዝ)።
item-srv-007-region-cancel = ቁልፊ Cancel (ሰርዝ)።
item-srv-007-region-next = ቁልፊ Next (ቀጻሊ)።

# srv-008
item-srv-008-prompt = ስእሊ ገጽ ፓስፖርትኩም ክትሰዱ ኣለኩም። ኣየናይ ስእሊ እዩ ንምልኣኽ ጽቡቕ?
item-srv-008-opt-a = ዘይንጹር (ደብዛዝ) ስእሊ።
item-srv-008-opt-b = ኣጻብዕትኹም ክፋል ናይቲ ገጽ ዝሸፈነሉ ስእሊ።
item-srv-008-opt-c = ምሉእ ገጽን ኣርባዕቲኡ ኩርናዓቱን ዘርኢ ንጹር ስእሊ።
item-srv-008-opt-d = ኣብቲ ገጽ ደማቕ ብርሃን ዘለዎ ጸልማት ስእሊ።

# srv-009
item-srv-009-prompt = ኣብዚ ናይ ልምምድ ቅጥዒ፡ ስምኩምን ዕለት ልደትኩምን ጽሓፉ፡ ስእሊ ሰነድኩም ወስኹ፡ ድሕሪኡ Submit ንከኡ።
item-srv-009-cat-0 = እቲ ቅጥዒ ኣይተላእከን።
item-srv-009-cat-1 = እቲ ቅጥዒ ድሕሪ ሓገዝ ተላኢኹ።
item-srv-009-cat-2 = እቲ ቅጥዒ ብዘይ ሓገዝ ተላኢኹ።

# srv-010
item-srv-010-prompt = እቲ ቅጥዒ ከምዚ ይብል፦ Upload a PDF, 4 MB maximum (PDF ስደዱ፡ እንተበዝሐ 4 MB)። ስእልኹም 9 MB ዝኾነ JPG ፋይል እዩ። እንታይ ክትገብሩ ትኽእሉ?
item-srv-010-opt-a = ነዚ ሕቶ ሓሊፍኩም ነቲ ቅጥዒ ስደድዎ።
item-srv-010-opt-b = መወዳእታ ስም እቲ ፋይል ካብ .jpg ናብ .pdf ቀይርዎ።
item-srv-010-opt-c = ነቲ ሓደ ፋይል ብዙሕ ግዜ ክትሰድዎ ፈትኑ።
item-srv-010-opt-d = ብናይ ስካነር ኣፕ ነቲ ስእሊ ከም ዝነኣሰ PDF ዓቅብዎ፡ ድሕሪኡ ስደድዎ።

# srv-011
item-srv-011-prompt = ቅድሚ ምስ ሓኪም ዝግበር ናይ ቪድዮ ቆጸራ፡ ካሜራኹምን ማይክሮፎንኩምን ምፍታን ኣየድልን እዩ። ሓቂ ድዩ ወይስ ሓሶት?

# srv-012
item-srv-012-prompt = ውላድኩም ሎሚ ሓሚሙ። ውላድኩም ከም ዘይመጽእ ንቤት ትምህርቲ ኣበይ ከም እትሕብሩ ንከኡ።
item-srv-012-region-grades = ኣብ ሜኑ Grades (ነጥብታት)።
item-srv-012-region-attendance = ኣብ ሜኑ Attendance: report an absence (ምህላው፦ ብዘይምምጻእ ሓብር)።
item-srv-012-region-lunch = ኣብ ሜኑ Lunch menu (ዝርዝር ምሳሕ)።
item-srv-012-region-calendar = ኣብ ሜኑ Calendar (ካሌንደር)።
item-srv-012-region-signout = ቁልፊ Sign out (ውጻእ)።

# srv-013
item-srv-013-prompt = ንዜግነት ካናዳ ብኢንተርነት ተመልኪትኩም። ብዛዕባ መመልከቲኹም ሓድሽ ወረ እንተሎ ክትፈልጡ ትደልዩ። ኣበይ ትርእዩ?
item-srv-013-opt-a = ኣብ ወብሳይት IRCC ኣብ ኣካውንትኩም።
item-srv-013-opt-b = ኣብ ብዛዕባ ኢሚግሬሽን ዝዛረብ ጉጅለ Facebook።
item-srv-013-opt-c = ካብ ዘይፍለጥ ቁጽሪ ዝመጸ፡ ክፍሊት ክትከፍሉ ዝሓተኩም ጽሑፍ መልእኽቲ።

# srv-014
item-srv-014-prompt = ኣብ ክሊኒክ ብኢንተርነት ቆጸራ ክትሕዙ ትደልዩ። ነቶም ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-srv-014-opt-a = መዓልትን ሰዓትን ምረጹ።
item-srv-014-opt-b = ናይ መረጋገጺ ኢመይል ርኣዩ።
item-srv-014-opt-c = ናይ ቆጸራ ገጽ ናይቲ ክሊኒክ ክፈቱ።
item-srv-014-opt-d = Book appointment ንከኡ።

# srv-015
item-srv-015-prompt = ኣብዚ ናይ ልምምድ ኣፕ ክሊኒክ፡ ናይ ሎሚ ቆጸራኹም ድለዩ፡ ካሜራኹምን ማይክሮፎንኩምን ከፊትኩም ናብቲ ናይ ቪድዮ ጻውዒት እተዉ።
item-srv-015-cat-0 = ናብቲ ጻውዒት ኣይኣተወን።
item-srv-015-cat-1 = ድሕሪ ሓገዝ ናብቲ ጻውዒት ኣትዩ።
item-srv-015-cat-2 = ብዘይ ሓገዝ ናብቲ ጻውዒት ኣትዩ።

# srv-016
item-srv-016-prompt = ሕሳብ ኤሌክትሪክኩም ብናይ ባንክ ኣፕኩም ክትከፍሉ ትደልዩ። ካብቲ ሕሳብ እንታይ የድልየኩም?
item-srv-016-opt-a = ቁጽሪ ማሕበራዊ ውሕስነትኩም (SIN)።
item-srv-016-opt-b = ኣብቲ ሕሳብ ዘሎ ቁጽሪ ኣካውንት።
item-srv-016-opt-c = ፓስዎርድ ወብሳይት ናይቲ ትካል ኤሌክትሪክ።

# srv-017
item-srv-017-prompt = ብInterac e-Transfer ንዓርክኹም ገንዘብ ክትሰዱ ትደልዩ። ኣበይ ከም እትጅምሩ ንከኡ።
item-srv-017-region-accounts = ቁልፊ Accounts (ኣካውንታት)።
item-srv-017-region-paybills = ቁልፊ Pay bills (ሕሳባት ክፈል)።
item-srv-017-region-etransfer = ቁልፊ Send money with Interac e-Transfer።
item-srv-017-region-deposit = ቁልፊ Deposit a cheque (ቸክ ኣእቱ)።
item-srv-017-region-menu = ኣብ ላዕሊ የማን ዘሎ ቁልፊ ሜኑ።

# srv-018
item-srv-018-prompt = ኣብ ናይ ባንክ ኣፕኩም ንInterac e-Transfer Autodeposit ትኸፍቱ። እንታይ ይቕየር?
item-srv-018-opt-a = ናብ ኢመይልኩም ወይ ቁጽሪ ተሌፎንኩም ዝተላእከ ገንዘብ፡ ብዘይ ናይ ድሕንነት ሕቶ፡ ብቕጽበት ናብ ኣካውንትኩም ይኣቱ።
item-srv-018-opt-b = ሕሳባትኩም ነፍሲ ወከፍ ወርሒ ባዕሎም ይኽፈሉ።
item-srv-018-opt-c = ዝኾነ ሰብ ከይሓተኩም ካብ ኣካውንትኩም ገንዘብ ክወስድ ይኽእል።
item-srv-018-opt-d = ንነፍሲ ወከፍ ዝኣቱ ገንዘብ ናይ ድሕንነት ሕቶ ክትምልሱ ኣለኩም።
