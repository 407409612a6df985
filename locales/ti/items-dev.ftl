# Item messages: DEV (Tigrinya)

item-dev-001-prompt = ተሌፎን ቻርጅ ይገብር ምህላዉ ዘርኢ ስእሊ ንከኡ።
item-dev-001-opt-a = ገመድ ዝተወተፎን ኣብ ስክሪኑ ምልክት በርቂ ዘለዎን ተሌፎን።
item-dev-001-opt-b = ስክሪኑ ዝተሰንጠቐ ተሌፎን።
item-dev-001-opt-c = ስክሪኑ ጸሊም ዝኾነ ተሌፎን።

item-dev-002-prompt = ቻርጀር ኣበይ ከም እትውትፉ ንከኡ።
item-dev-002-region-port = ኣብ ታሕተዋይ ወሰን ተሌፎን ዘሎ ንእሽቶ ቀዳድ
item-dev-002-region-side-button = ኣብ የማናይ ጎድኒ ተሌፎን ዘሎ ነዊሕ ቁልፊ
item-dev-002-region-camera = ኣብ ላዕሊ ተሌፎን ዘላ ንእሽቶ ክብ ካሜራ
item-dev-002-region-screen = ማእከል ስክሪን

item-dev-003-prompt = ነቲ ስእሊ ርኣዩ። እቲ ባተሪ ቀይሕ እዩ፡ ዳርጋ ጸንቂቑ ኣሎ። እዚ ማለት ቀልጢፍኩም ተሌፎን ቻርጅ ክትገብሩ ኣለኩም ማለት እዩ። ሓቂ ድዩ ወይስ ሓሶት?

item-dev-004-prompt = ነቶም ስእልታት ብቕደም ሰዓብ ስርዑ፦ ተሌፎን ምብርባር፡ ምኽፋት፡ ድሕሪኡ ካሜራ ምኽፋት።
item-dev-004-opt-a = ናይ PIN ኮድኩም ጽሓፉ።
item-dev-004-opt-b = ኣብ ጎድኒ ተሌፎን ዘሎ ቁልፊ ጸቕጡ።
item-dev-004-opt-c = ምልክት ካሜራ ንከኡ።
item-dev-004-opt-d = ኣብ ስክሪን ናብ ላዕሊ ሰሓቡ።

item-dev-005-prompt = ኣስማት ጎደናታት ከተንብቡ ምእንቲ፡ ብኽልተ ኣጻብዕ ነቲ ካርታ ኣዕብይዎ። ድሕሪኡ መሊስኩም ኣንእስዎ።
item-dev-005-cat-0 = ኣይተፈትሐን
item-dev-005-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-dev-005-cat-2 = በይኑ ተፈቲሑ

item-dev-006-prompt = ተሌፎን ንምድዋል እትጥቀሙሉ ምልክት ንከኡ።
item-dev-006-region-phone = ኣብ ታሕቲ ጸጋም ዘሎ ቀጠልያ ምልክት ተሌፎን
item-dev-006-region-messages = ኣብ ጎኑ ዘሎ ምልክት ፊኛ ዘረባ
item-dev-006-region-browser = ክብ ምልክት ሉል
item-dev-006-region-camera = ኣብ ታሕቲ የማን ዘሎ ምልክት ካሜራ
item-dev-006-region-settings = ኣብ ላዕሊ ጸጋም ዘሎ ሓመዳዊ ምልክት መንኮርኮር

item-dev-007-prompt = ኣብ ውሽጢ ሓደ ኣፕ ኣለኹም። ናብቲ ቅድሚኡ ዝነበረ ስክሪን ዝመልሰኩም ኣየናይ ቁልፊ እዩ?
item-dev-007-opt-a = ምልክት ድምር (+)።
item-dev-007-opt-b = ማጉልሒ መነጽር።
item-dev-007-opt-c = ናብ ጸጋም ዘመልክት ፍላጻ።
item-dev-007-opt-d = ኮኾብ።

item-dev-008-prompt = ነቲ ምልክት WhatsApp ርኣዩ። ቁጽሪ 3 ዘለዋ ንእሽቶ ቀይሕ ክቢ ኣላቶ። እዚ ማለት ሓደስቲ መልእኽትታት ይጽበዩኹም ኣለዉ ማለት እዩ። ሓቂ ድዩ ወይስ ሓሶት?

item-dev-009-prompt = ጻውዒት ሓሊፉኩም። ብዛዕባ እቲ ዝሓለፈ ጻውዒት ዝሕብር መፍለጢ ንከኡ።
item-dev-009-region-missed-call = ተሌፎንን ቀይሕ ፍላጻን ዘለዎ መፍለጢ
item-dev-009-region-message = ቀጠልያ ፊኛ ዘረባ ዘለዎ መፍለጢ
item-dev-009-region-battery = ባተሪ ዘለዎ መፍለጢ
item-dev-009-region-update = ናይ ምውራድ ፍላጻ ዘለዎ መፍለጢ

item-dev-010-prompt = መፍለጥታትኩም እንደገና ክትርእዩ ትደልዩ። ኣብ ስክሪን ናበይ ትስሕቡ?
item-dev-010-opt-a = ካብ ታሕቲ ስክሪን ናብ ላዕሊ።
item-dev-010-opt-b = ካብ ላዕሊ ስክሪን ናብ ታሕቲ።
item-dev-010-opt-c = ካብ ጸጋማይ ወሰን ናብ የማን።

item-dev-011-prompt = ኣብ መንጎ ክልተ ቃላት ባዶ ቦታ ዝገብር ቁልፊ ንከኡ።
item-dev-011-region-space = ኣብ ታሕቲ ኣብ ማእከል ዘሎ ነዊሕ ቁልፊ
item-dev-011-region-backspace = ኣብ የማን ዘሎ፡ ፍላጻን X ን ዘለዎ ቁልፊ
item-dev-011-region-shift = ኣብ ጸጋም ዘሎ፡ ናብ ላዕሊ ዘመልክት ፍላጻ ዘለዎ ቁልፊ
item-dev-011-region-enter = ኣብ ታሕቲ የማን ዘሎ፡ ዝተዓጽፈ ፍላጻ ዘለዎ ቁልፊ
item-dev-011-region-mic = ኣብ ጎኒ እቲ ነዊሕ ቁልፊ ዘሎ ንእሽቶ ቁልፊ ማይክሮፎን

item-dev-012-prompt = ብምጽሓፍ ዘይኮነስ ብምዝራብ ክትጥቀሙ ትደልዩ። ኣየናይ ቁልፊ ትነኽኡ?
item-dev-012-opt-a = ናብ ላዕሊ ዘመልክት ፍላጻ።
item-dev-012-opt-b = ሉል።
item-dev-012-opt-c = ዝስሕቕ ገጽ።
item-dev-012-opt-d = ማይክሮፎን።

item-dev-013-prompt = ነቲ ኣብ ካርድ ዘሎ ኢመይል ኣድራሻ ከምቲ ዝተጻሕፎ ብልክዕ ናብቲ ሳንዱቕ ቕድሑዎ። ድሕሪኡ Next ንከኡ።
item-dev-013-cat-0 = ኣይተፈትሐን
item-dev-013-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-dev-013-cat-2 = በይኑ ተፈቲሑ

item-dev-014-prompt = ካብ መልእኽቲ ቁጽሪ መረጋገጺ ቀዲሕኩም ኣብ ቅጥዒ ንምልጣፍ ዘድልዩ ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-dev-014-opt-a = Copy ንከኡ።
item-dev-014-opt-b = ኣብ ቅጥዒ ዘሎ ባዶ ሳንዱቕ ጸቒጥኩም ሓዙ።
item-dev-014-opt-c = ኣብ መልእኽቲ ዘሎ ቁጽሪ ጸቒጥኩም ሓዙ።
item-dev-014-opt-d = Paste ንከኡ።

item-dev-015-prompt = ተሌፎን ምስ Wi-Fi ከም ዝተራኸበ ዘርኢ ኣየናይ ምልክት እዩ?
item-dev-015-opt-a = ከም መራገቢ ዝመስላ ዝተጠውያ መስመራት።
item-dev-015-opt-b = ነፋሪት።
item-dev-015-opt-c = ባተሪ።
item-dev-015-opt-d = ምልክት ብሉቱዝ፡ ከም ሹል ፊደል B።

item-dev-016-prompt = ኣብ ህዝባዊ ቤት ንባብ ኣለኹም። ናጻ Wi-Fi ንምጥቃም፡ ኣብ ናይ Wi-Fi ምድላዋት ተሌፎንኩም ስም መርበብ ናይቲ ቤት ንባብ ትመርጹ። ሓቂ ድዩ ወይስ ሓሶት?

item-dev-017-prompt = ነቲ ተሌፎን ምስ Wi-Fi ቤት ንባብ ኣራኽብዎ። ስም እቲ መርበብ LibraryGuest እዩ፡ ፓስዎርድ ድማ ኣብቲ ካርድ ኣሎ።
item-dev-017-cat-0 = ኣይተፈትሐን
item-dev-017-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-dev-017-cat-2 = በይኑ ተፈቲሑ

item-dev-018-prompt = ሞባይል ዳታኹም ጠፊኡ ኣሎ። ሞባይል ዳታ ዝኸፍት ቁልፊ ንከኡ።
item-dev-018-region-wifi = ቁልፊ Wi-Fi፡ ኣብ ላዕሊ ጸጋም
item-dev-018-region-mobile-data = ቁልፊ Mobile data፡ ክልተ ፍላጻታት ዘለዎ፡ ኣብ ላዕሊ ማእከል
item-dev-018-region-bluetooth = ቁልፊ Bluetooth፡ ኣብ ላዕሊ የማን
item-dev-018-region-airplane = ቁልፊ Airplane mode (ኣገባብ ነፋሪት)፡ ኣብ ታሕቲ ጸጋም
item-dev-018-region-flashlight = ቁልፊ Flashlight (ባትሪ ብርሃን)፡ ኣብ ታሕቲ ማእከል

item-dev-019-prompt = ኣብ ተሌፎንኩም WhatsApp ክተእትዉ ትደልዩ። ኣየናይ ኣፕ ትኸፍቱ?
item-dev-019-opt-a = ካሜራ።
item-dev-019-opt-b = ድኳን ኣፕታት፦ Play Store ወይ App Store።
item-dev-019-opt-c = መዝገብ ስእልታት።
item-dev-019-opt-d = ሰዓት።

item-dev-020-prompt = ኣብ ተሌፎንኩም ዘለዉ ቃላት ኣዝዮም ንኣሽቱ እዮም። ጽሑፍ ዘዕቢ ምድላው ንከኡ።
item-dev-020-region-brightness = መስመር Brightness (ብርሃን)፡ ጸሓይ ዘለዎ
item-dev-020-region-dark-mode = መስመር Dark mode (ጸልማት ኣገባብ)፡ ወርሒ ዘለዎ
item-dev-020-region-font-size = መስመር Font size (ዓቐን ፊደል)፡ ንእሽቶን ዓባይን ፊደል A ዘለዎ
item-dev-020-region-timeout = መስመር Screen timeout (ስክሪን ዝጠፍኣሉ ግዜ)፡ ሰዓት ዘለዎ
item-dev-020-region-wallpaper = መስመር Wallpaper (ስእሊ ድሕረ ባይታ)፡ ስእሊ ዘለዎ

item-dev-021-prompt = ቋንቋኹም ኣብ ተሌፎንኩም ንምውሳኽ ዘድልዩ ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-dev-021-opt-a = Add a language ንከኡ።
item-dev-021-opt-b = Settings ክፈቱ።
item-dev-021-opt-c = ካብቲ ዝርዝር ቋንቋኹም ምረጹ።
item-dev-021-opt-d = Languages ንከኡ።

item-dev-022-prompt = Transit ዝበሃል ናይ ኣውቶቡስ ኣፕ ኣብ ድኳን ኣፕታት ደልዩ፡ ኣእትውዎ፡ ድሕሪኡ ክፈትዎ።
item-dev-022-cat-0 = ኣይተፈትሐን
item-dev-022-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-dev-022-cat-2 = በይኑ ተፈቲሑ

item-dev-023-prompt = ካብ ሓደ ወብሳይት ደብዳቤ ኣውሪድኩም። ተሌፎንኩም ብልሙድ ኣበይ እያ ትዕቅቦ?
item-dev-023-opt-a = ኣብ ኣፕ Camera።
item-dev-023-opt-b = ኣብ ኣፕ Contacts።
item-dev-023-opt-c = ኣብ ፎልደር Downloads ናይ ኣፕ Files።
item-dev-023-opt-d = ኣብ ኣፕ Clock።

item-dev-024-prompt = ስእሊ ምስ እትድምስሱ፡ ብዙሓት ተሌፎናት ን30 መዓልቲ ዝኣክል Recently deleted ወይ Trash ኣብ ዝበሃል ፎልደር ይዕቅብዎ። ገና ክትመልስዎ ትኽእሉ ኢኹም። ሓቂ ድዩ ወይስ ሓሶት?

item-dev-025-prompt = ስም ፋይል ንምቕያር ዘድልዩ ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-dev-025-opt-a = Rename ንከኡ።
item-dev-025-opt-b = ኣፕ Files ክፈቱ።
item-dev-025-opt-c = OK ንከኡ።
item-dev-025-opt-d = ነቲ ፋይል ጸቒጥኩም ሓዙ።
item-dev-025-opt-e = ነቲ ሓድሽ ስም ጽሓፉ።

item-dev-026-prompt = ስእሊ ውዕል ገዛኹም ኣብ ናይ ኢንተርነት ክላውድ መዐቀቢኹም፡ Housing ኣብ ዝበሃል ፎልደር ዓቅብዎ።
item-dev-026-cat-0 = ኣይተፈትሐን
item-dev-026-cat-1 = ድሕሪ ሓገዝ ተፈቲሑ
item-dev-026-cat-2 = በይኑ ተፈቲሑ
