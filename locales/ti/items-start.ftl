# Item messages: start question of the access questionnaire — ተመክሮ (ትግርኛ፡ ናይ ማሽን ንድፊ)

item-acc-101-prompt = ሎሚ ተሌፎን ወይ ኮምፒዩተር ብኸመይ ትጥቀሙ?
item-acc-101-opt-a = ተጠቒመ ኣይፈልጥን።
item-acc-101-opt-b = ሓደ ሰብ ክሕግዘኒ ከሎ ጥራይ።
item-acc-101-opt-c = ባዕለይ፡ ንጻውዒት፡ መልእኽትን ስእልን።
item-acc-101-opt-d = ባዕለይ፡ ንብዙሕ ነገራት፡ ኢመይል፡ ፎርም፡ ኣፕታት፡ ኢንተርነት።

# The access-profile field the question fills (assessor reports).
access-field-experience = ተመክሮ ኣጠቓቕማ መሳርሒታት
