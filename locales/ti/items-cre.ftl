## Items: CRE, Creating content and documents (prompts, options, regions, task categories) (Tigrinya)

# cre-001
item-cre-001-prompt = ስእሊ ከተልዕሉ ትደልዩ። ኣየናይ ስእሊ ትነኽኡ?
item-cre-001-opt-a = ሸፋን ደብዳቤ (ፖስታ)።
item-cre-001-opt-b = መልዓሊ ተሌፎን።
item-cre-001-opt-c = ካሜራ።

# cre-002
item-cre-002-prompt = ካሜራ ስእሊ ንምልዓል ድልውቲ እያ። ቪድዮ ክትቀድሑ ትደልዩ። ናብ ቪድዮ ንምቕያር ኣበይ ከም እትነኽኡ ንከኡ።
item-cre-002-region-shutter = ኣብ ታሕቲ ዘሎ ዓቢ ክብ ቁልፊ።
item-cre-002-region-video = ኣብ ልዕሊ እቲ ዓቢ ቁልፊ ዘሎ ናይ እንግሊዝኛ ቃል VIDEO (ቪድዮ)።
item-cre-002-region-flip = ካሜራ ንምግልባጥ፡ ክልተ ክብ ፍላጻታት ዘለዎ ቁልፊ።
item-cre-002-region-gallery = ናይ መወዳእታ ስእልኹም ንእሽቶ ስእሊ።
item-cre-002-region-flash = ኣብ ላዕሊ ዘሎ ቁልፊ በርቂ።

# cre-003
item-cre-003-prompt = ኣብ መብዛሕትኦም ተሌፎናት፡ ቪድዮ ቅድሚ ምልኣኽኩም መጀመርታኡ ክትቆርጽዎ ትኽእሉ ኢኹም። ሓቂ ድዩ ወይስ ሓሶት?

# cre-004
item-cre-004-prompt = ሰነድኩም ጥራይ ክርአ ስእሊ ክትቆርጽዎ ትደልዩ። ነቶም ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-cre-004-opt-a = Edit ንከኡ።
item-cre-004-opt-b = Save ንከኡ።
item-cre-004-opt-c = ነቲ ስእሊ ኣብ Gallery ክፈትዎ።
item-cre-004-opt-d = Crop ንከኡ፡ ነቶም ኩርናዓት ድማ ኣንቀሳቕስዎም።

# cre-005
item-cre-005-prompt = ስእሊ እዚ ናይ ልምምድ ደብዳቤ ኣልዕሉ፡ እቲ ደብዳቤ ጥራይ ክርአ ቁረጽዎ፡ ድሕሪኡ ዓቅብዎ።
item-cre-005-cat-0 = ኣይተገብረን።
item-cre-005-cat-1 = ድሕሪ ሓገዝ ተገይሩ።
item-cre-005-cat-2 = ብዘይ ሓገዝ ተገይሩ።

# cre-006
item-cre-006-prompt = ሲቪኹም (résumé) ኣብ መጽሓፊ ፕሮግራም ተዳልዩ ኣሎ። እቲ ኣስራሒ PDF ፋይል ይደሊ። እንታይ ትገብሩ?
item-cre-006-opt-a = File ተጠቐሙ፡ ድሕሪኡ Save as ወይ Download፡ PDF ድማ ምረጹ።
item-cre-006-opt-b = ናይቲ ሲቪ ስክሪንሾት ወሲድኩም ነቲ ስእሊ ስደዱ።
item-cre-006-opt-c = መወዳእታ ስም እቲ ፋይል ናብ .pdf ቀይርዎ።

# cre-007
item-cre-007-prompt = ኣብ ሰነድኩም ሰንጠረዥ (table) ክትውስኹ ትደልዩ። ነቶም ስጉምትታት ብቕደም ሰዓብ ስርዑ።
item-cre-007-opt-a = Table ጠውቑ።
item-cre-007-opt-b = ኣብቲ ሰነድ፡ ሰንጠረዥ ክኸውን ኣብ እትደልዩዎ ቦታ ጠውቑ።
item-cre-007-opt-c = 2 ዓምድታትን 4 መስመራትን ምረጹ።
item-cre-007-opt-d = ኣብ Insert ጠውቑ።

# cre-008
item-cre-008-prompt = ሲቪኹም ኣብ መጽሓፊ ፕሮግራም ትጽሕፉ ኣለኹም። ኩሎም ኣርእስትታት ክፍልታት፡ ከም Experience (ተሞክሮ) ከምኡ ድማ Education (ትምህርቲ)፡ ሓደ ዓይነት ክመስሉ፡ ድሒርኩም ድማ ብሓንሳእ ክትቅይርዎም ክትክእሉ ትደልዩ። እቲ ዝበለጸ መንገዲ እንታይ እዩ?
item-cre-008-opt-a = ነፍሲ ወከፍ ኣርእስቲ ብዓበይቲ ፊደላት ጽሓፍዎ።
item-cre-008-opt-b = ነፍሲ ወከፍ ኣርእስቲ ሓደ ብሓደ ደማቕን ዓቢን ግበርዎ።
item-cre-008-opt-c = ንነፍሲ ወከፍ ኣርእስቲ ቅዲ Heading 1 ሃብዎ፡ ድሕሪኡ ነቲ ቅዲ ቀይርዎ።
item-cre-008-opt-d = ነፍሲ ወከፍ ኣርእስቲ ኣብ በበይኑ ሳንዱቕ ጽሑፍ (text box) ኣእትውዎ።

# cre-009
item-cre-009-prompt = ኣብዚ spreadsheet (ናይ ቁጽሪ ሰንጠረዥ)፡ ወርሓዊ ወጻኢታትኩም ኣብ ክፍልታት B2 ክሳብ B8 ኣለዉ። ኣየናይ ፎርሙላ እዩ ድምሩ ዝህብ?
item-cre-009-opt-a = =B8-B2
item-cre-009-opt-b = =B2+B8
item-cre-009-opt-c = =COUNT(B2:B8)
item-cre-009-opt-d = =SUM(B2:B8)

# cre-010
item-cre-010-prompt = ወጻኢታትኩም ኣብ ክፍልታት B2 ክሳብ B8 ኣለዉ፡ ድምሩ ድማ ኣብ B9 ኣሎ። ኣብ C2 ነፍሲ ወከፍ ወጻኢ ካብቲ ድምር ክንደይ ከም ዝኸውን ክትረኽቡ ትደልዩ፡ ድሕሪኡ ነቲ ፎርሙላ ናብ ታሕቲ ክሳብ C8 ክትቀድሕዎ ኢኹም። ኣብ C2 ኣየናይ ፎርሙላ ትጽሕፉ?
item-cre-010-opt-a = =B2/$B$9
item-cre-010-opt-b = =B2/B9
item-cre-010-opt-c = =$B$2/B9
item-cre-010-opt-d = =B9/B2

# cre-011
item-cre-011-prompt = ኣብዚ ናይ ልምምድ መጽሓፊ ፕሮግራም፡ ነቶም ሰለስተ ኣርእስትታት ክፍልታት ናይቲ ሲቪ ቅዲ Heading 1 ሃብዎም፡ ድሕሪኡ ከም PDF ኣውርድዎ።
item-cre-011-cat-0 = ኣይተገብረን።
item-cre-011-cat-1 = ድሕሪ ሓገዝ ተገይሩ።
item-cre-011-cat-2 = ብዘይ ሓገዝ ተገይሩ።

# cre-012
item-cre-012-prompt = ስእሊ ካልኦት ሰባት ኣብ ኢንተርነት ቅድሚ ምልጣፍኩም፡ ይፈቕዱ እንተኾይኖም ክትሓትዎም ኣለኩም። ሓቂ ድዩ ወይስ ሓሶት?

# cre-013
item-cre-013-prompt = ኬክ ትሸጡ፡ ናይ ኢንተርነት መወዓውዒ ድማ ትሰርሑ ኣለኹም። Creative Commons ፍቓድ ዘለዎ ስእሊ ረኺብኩም። ስም እቲ ስእሊ ዘልዓለ ሰብ እንተጠቒስኩም፡ ኣየናይ ፍቓድ እዩ ነቲ ስእሊ ኣብ መወዓውዒኹም ክትጥቀምሉ ዘፍቕደልኩም?
item-cre-013-opt-a = CC BY-NC: Attribution, NonCommercial (ስም ምጥቃስ፡ ንንግዲ ዘይኮነ)።
item-cre-013-opt-b = CC BY: Attribution (ስም ምጥቃስ)።
item-cre-013-opt-c = CC BY-NC-ND: Attribution, NonCommercial, NoDerivatives (ስም ምጥቃስ፡ ንንግዲ ዘይኮነ፡ ምቕያር ዘይፍቀድ)።
item-cre-013-opt-d = CC BY-ND: Attribution, NoDerivatives (ስም ምጥቃስ፡ ምቕያር ዘይፍቀድ)፡ ዋጋታትኩም ኣብቲ ስእሊ ተጻሒፉ።
