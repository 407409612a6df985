# Item messages: access questionnaire (Tigrinya)

item-acc-001-prompt = ብዝበዝሐ እንታይ መሳርሒ ኢኹም እትጥቀሙ?
item-acc-001-opt-a = ናተይ ስማርት ተሌፎን
item-acc-001-opt-b = ምስ ካልኦት ሰባት ዝካፈሎ ተሌፎን
item-acc-001-opt-c = ታብሌት
item-acc-001-opt-d = ኮምፒተር
item-acc-001-opt-e = መሳርሒ የብለይን

item-acc-002-prompt = መብዛሕትኡ ግዜ ብኸመይ ናብ ኢንተርነት ትራኸቡ?
item-acc-002-opt-a = ኣብ ገዛ ብWi-Fi
item-acc-002-opt-b = ኣብ ተሌፎነይ ብሞባይል ዳታ ጥራይ
item-acc-002-opt-c = ብናጻ ህዝባዊ Wi-Fi ጥራይ፡ ከም ኣብ ቤት ንባብ
item-acc-002-opt-d = ኢንተርነት የብለይን

item-acc-003-prompt = ኢመይል ኣድራሻ ኣለኩም ድዩ?
item-acc-003-opt-a = እወ
item-acc-003-opt-b = የብለይን
item-acc-003-opt-c = ርግጸኛ ኣይኮንኩን

item-acc-004-prompt = ብቋንቋ ኣዴኹም ከተንብቡ ትኽእሉ ዶ?
item-acc-004-opt-a = እወ፡ ብቐሊሉ
item-acc-004-opt-b = ቁሩብ
item-acc-004-opt-c = ኣይክእልን

item-acc-005-prompt = ተሌፎን ወይ ኮምፒተር ክትጥቀሙ ከለኹም ብዝበለጸ እንታይ ይሕግዘኩም?
item-acc-005-opt-a = ተወሳኺ ዘድልየኒ የለን፡ ጽቡቕ እየ
item-acc-005-opt-b = ዝዓበየ ጽሑፍ
item-acc-005-opt-c = ቃላት ብዓው ኢሉ ክንበብ ምስማዕ
item-acc-005-opt-d = ሓገዝ ካብ ሰብ

item-acc-006-prompt = ካብ ኣገልግሎታትና ሓገዝ ብኸመይ ክትረኽቡ ትደልዩ?
item-acc-006-opt-a = ብኣካል
item-acc-006-opt-b = ብተሌፎን ምድዋል
item-acc-006-opt-c = ብናይ WhatsApp ድምጺ መልእኽቲ
item-acc-006-opt-d = ብቪድዮ ጻውዒት
item-acc-006-opt-e = ብኢመይል
