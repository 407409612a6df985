# The learner page and the assessor view served by `nln serve` (web/). The page shows these
# texts as the service sends them (GET /v1/page-texts/{language}).

## Learner page. audience: learner

# The language's own name, spoken on the language chooser.
web-language-name = ትግርኛ
web-choose-language = ቋንቋኹም ምረጹ
web-change-language = ካልእ ቋንቋ ምረጹ
web-join-heading = ናይ ፈተና ኮድኩም
web-join-help = ገምጋሚኹም ኮድ ይህበኩም። ኣብዚ ጽሓፍዎ።
web-join-label = ናይ ፈተና ኮድ
web-join-button = ጀምሩ
web-join-invalid = እዚ ኮድ ኣይሰርሕን እዩ። ኣረጋግጽዎ፡ ወይ ካብ ገምጋሚኹም ሓድሽ ኮድ ሕተቱ።
web-familiar-heading = ቅድሚ ምጅማርና
web-familiar-not-scored = እዚ ልምምድ ኣይቑጸርን።
web-familiar-play = ቃላት ንምስማዕ ናይ ድምጺ መጠወቒ ተንክፉ።
web-familiar-tap = ንምምላስ፡ መልስኹም ተንክፉ። ሕጂ ፈትኑ፡ ነቲ ኮኾብ ተንክፉ።
web-familiar-star = ኮኾብ
web-familiar-done = ጽቡቕ ገይርኩም!
web-familiar-dont-know = መልሲ እንተዘይፈሊጥኩም፡ “ኣይፈልጥን” ተንክፉ። ጸገም የብሉን።
web-begin = ፈተና ጀምሩ
web-read-aloud = ብኣውቶማቲክ ብዓው ኣንብብ
web-play = ስምዑ
web-stop = ድምጺ ደው ኣብሉ
web-order-hint = ነቶም ስጉምትታት ብቕኑዕ ስርዓት ተንክፍዎም። ንምቕያር “እንደገና ጀምር” ተንክፉ።
web-order-done = ተወዲኡ
web-order-again = እንደገና ጀምር
web-hotspot-hint = ኣብቲ ስእሊ ነቲ ቕኑዕ ቦታ ተንክፉ።
web-hotspot-list = ወይ ካብዚ ዝርዝር ቦታ ምረጹ፡
web-about-you = ብዛዕባኹም። እዚ ኣይቑጸርን።
web-wait-assessor = ሕጂ ገምጋሚኹም ስራሕ ክትሰርሑ ይርእየኩም ኣሎ። በጃኹም ተጸበዩ።
web-saving = መልስኹም ይዕቀብ ኣሎ…
web-offline = ርክብ ተቋሪጹ። መልስኹም ተዓቂቡ ኣሎ። እንደገና ንፍትን ኣለና።
web-error = ገለ ጌጋ ተፈጺሙ። በጃኹም ንገምጋሚኹም ሕተቱ።
web-end-heading = የቐንየልና። ወዲእኩም ኢኹም።
web-end-next = መልስታትኩም ተዓቂቡ ኣሎ። ገምጋሚኹም ብዛዕባ ዝቕጽል ከዘራርበኩም እዩ። ነዚ ገጽ ክትዓጽውዎ ትኽእሉ ኢኹም።

## Page chrome and progress (read by sight; the learner hears the questions themselves)

web-page-title = ፈተና ዲጂታላዊ ክእለት
web-question-number = ሕቶ { $number }

## Assessor view

web-assessor-title = ገጽ ገምጋሚ
web-assessor-forget-key = መፍትሕ ረስዕ
web-assessor-key-heading = ብመፍትሕ ትካልኩም እቶ
web-assessor-key-label = ናይ ትካል API መፍትሕ
web-assessor-key-hint = ኣብዚ ናይ መርበብ ሓበሬታ ታብ ጥራይ ይዕቀብ፡ ክሳዕ እትዓጽውዎ።
web-assessor-key-use = ነዚ መፍትሕ ተጠቐም
web-assessor-key-wrong = እዚ መፍትሕ ኣይሰርሕን። እንደገና ኣእትውዎ።
web-assessor-start-heading = ክፍለ ግዜ ጀምር
web-assessor-learner-ref = መወከሲ ተማሃራይ
web-assessor-learner-ref-hint = ናይ ትካልኩም ኮድ ንተማሃራይ፡ ፊደላት፡ ቁጽርታት፡ ነጥብታት፡ ሰረዝ። ፈጺሙ ስም ኣይኹን።
web-assessor-language = ቋንቋ ተማሃራይ
web-assessor-assisted = ምስ ተማሃራይ ኮፍ ኢለ ዝተራእዩ ስራሓት እምዝግብ
web-assessor-start = ክፍለ ግዜ ጀምር
web-assessor-session-heading = ቀጻሊ ክፍለ ግዜ
web-assessor-answered = ክሳዕ ሕጂ መልስታት
web-assessor-code = ኮድ ምጽንባር ን መሳርሒ ተማሃራይ፡
web-assessor-code-help = ተማሃራይ ነዚ ኣድራሻ ኣብ መሳርሒኡ ይኸፍቶ፣ ወይ ነቲ QR ኮድ ስካን ይገብሮ፣ ነቲ ኮድ ድማ ይጽሕፍ። እቲ ገጽ እንተተዓጽዩ፣ እቲ ሓደ ኮድ ነቲ ፈተና ኣብቲ ሓደ ሕቶ ደጊሙ ይኸፍቶ።
web-assessor-qr = QR ኮድ ናይቲ መተሓሳሰሪ ምጽንባር: ብካሜራ ተሌፎን ስካን ግበርዎ
web-assessor-new-code = ሓድሽ ኮድ ምጽንባር
web-assessor-stop = ሕጂ ክፍለ ግዜ ወድእ
web-assessor-task = ዝተራእየ ስራሕ፡ ከመይ ከም ዝኸደ መዝግቡ
web-assessor-result = ውጽኢት
web-assessor-print = ውጽኢት ሕተሙ
web-assessor-print-learner = ገጽ ተማሃራይ ሕተሙ
web-assessor-new = ካልእ ክፍለ ግዜ ጀምር

## Printed result

web-report-heading = ውጽኢት ዲጂታላዊ ፍልጠት
web-report-profile = መግለጺ ብዓውዲ
web-report-can-do = ክገብር ይኽእል
web-report-next = ዝቕጽሉ ስጉምትታት
web-report-based-on = እዚ ውጽኢት ኣብ እንታይ ዝተመርኮሰ እዩ
web-report-items = ዝተመለሱ ሕቶታት
web-report-range = ዝኽእል ደረጃ
web-report-precision = መደበኛ ጌጋ (logits)
web-report-calibration = ምትዕርራይ
web-report-language = ቋንቋ ፈተና
web-report-session = ክፍለ ግዜ
web-report-time = ዕለት (UTC)
web-report-not-measured = ኣይተለክዐን
web-home-heading = ዲጂታላዊ ክእለተይ
web-home-can = ክገብሮ ዝኽእል
web-home-next = ቀጺለ ክመሃሮ
