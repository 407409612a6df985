# nln serve / nln agency: ኣገልግሎት HTTP ከምኡውን ዝጥቀሙሉ ትካላት። ንገምገምትን ንሓበሬታ ቴክኖሎጂን ዝኸውን ጽሑፍ።

cli-serve-about = ንስርዓታት ምዝገባ ኣገልግሎት HTTP/JSON ኣንቀሳቕስ
cli-serve-opt-listen = ዝስማዓሉ ኣድራሻ (IP:PORT)
cli-serve-opt-database = ዳታቤዝ: sqlite:PATH (ብንቡር sqlite:nln.db) ወይ postgres://…
cli-serve-opt-rate-limit = ንነፍሲ ወከፍ መፍትሕ ኣብ ካልኢት ዝፍቀዱ ሕቶታት (0 ደረት ይሰርዝ)
cli-serve-opt-sessions-per-hour = ንነፍሲ ወከፍ መፍትሕ ኣብ ሰዓት ዝፍቀዱ ሓደስቲ ክፍለ-ግዜታት (0 ደረት ይሰርዝ)
cli-agency-about = ነቲ ኣገልግሎት ዝጥቀማ ትካላት ኣመሓድር
cli-agency-add-about = ትካል ወስኽን ቀዳማይ መፍትሕ API ናታ ሕተምን
cli-agency-opt-name = ስም ትካል
cli-agency-opt-retention = ሓበሬታ ተማሃሮ ቅድሚ ምድምሳሱ ንክንደይ መዓልቲ ይዕቀብ

serve-listening = ኣገልግሎት nln ኣብ { $url } ይሰምዕ ኣሎ (ዳታቤዝ: { $database })።
serve-openapi = መግለጺ API: { $url }
serve-key-hint = መፍትሕ ትካል ንምርካብ እዚ ኣንቀሳቕስ: { $command }
serve-error-start = እቲ ኣገልግሎት ክጅምር ኣይከኣለን: { $reason }
serve-error-listen = “{ $address }” ዝስማዓሉ ኣድራሻ ኣይኮነን፤ IP:PORT ተጠቐም፣ ንኣብነት 127.0.0.1:8080።
serve-error-database = “{ $address }” ኣድራሻ ዳታቤዝ ኣይኮነን፤ sqlite:PATH ወይ postgres://… ተጠቐም
agency-added = ትካል “{ $name }” ተወሲኻ (id { $id })።
agency-key-once = መፍትሕ API ናታ ኣብ ታሕቲ ኣሎ፣ ሕጂ ጥራይ እዩ ዝርአ: ብውሑስ ዕቀቦ፤ እቲ ኣገልግሎት ሃሽ ጥራይ እዩ ዝዕቅብ።
agency-error = እታ ትካል ክትውሰኽ ኣይከኣለትን: { $reason }

serve-problem-unauthorized = ኣይኣቶኻን
serve-problem-unauthorized-detail = ቅኑዕ መፍትሕ API ወይ ቶከን ተማሃራይ ከም “Authorization: Bearer …” ስደድ።
serve-problem-forbidden = ኣይፍቀድን
serve-problem-forbidden-detail = እዚ መፍትሕ ወይ ቶከን እዚ ክገብር ኣይፍቀደሉን።
serve-problem-not-found = ኣይተረኽበን
serve-problem-not-found-detail = ኣብዚ እዚ መፍትሕ ወይ ቶከን ክርእዮ ዝኽእል የለን።
serve-problem-method-not-allowed = ኣገባብ ኣይፍቀድን
serve-problem-method-not-allowed-detail = እዚ ኣድራሻ እዚ ኣገባብ HTTP ኣይቕበልን።
serve-problem-bad-request = ጌጋ ሕቶ
serve-problem-bad-request-detail = እቲ ሕቶ ክንበብ ኣይከኣለን: { $reason }
serve-problem-unsupported-media = ዘይድገፍ ዓይነት ትሕዝቶ
serve-problem-unsupported-media-detail = ነቲ ትሕዝቶ ከም application/json ስደዶ: { $reason }
serve-problem-too-large = ሕቶ ኣዝዩ ዓቢ እዩ
serve-problem-too-large-detail = እቲ ትሕዝቶ ካብ ደረት { $limit } ባይት ይበልጽ።
serve-problem-invalid-answer = መልሲ ምስ ሕቶ ኣይሰማማዕን
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] እቲ መልሲ ኣብዚ ሕቶ ዘየለ ምርጫ ይጠቅስ።
    [score-out-of-range] ነጥቢ ካብቲ እዚ ሕቶ ዝፈቕዶ ይበልጽ።
    [incomplete-order] ስርዓት ነፍሲ ወከፍ ስጉምቲ ሓደ ግዜ ጥራይ ክጠቅስ ኣለዎ።
   *[wrong-kind] እዚ ዓይነት መልሲ ምስዚ ሕቶ ኣይሰማማዕን፤ answer_kinds ናቱ ርአ።
}
serve-problem-wrong-sequence = ጌጋ ቁጽሪ ተኸታታሊ
serve-problem-wrong-sequence-detail = እቲ ክፍለ-ግዜ መልሲ ቁጽሪ { $expected } ይጽበ ኣሎ። ነቲ ክፍለ-ግዜ ደጊምካ ኣንብብ እሞ ነቲ ዘርእዮ ሕቶ መልስ።
serve-problem-not-pending = ሕቶ መልሲ ኣይጽበን
serve-problem-not-pending-detail = እዚ ሕቶ እቲ ክፍለ-ግዜ ዝጽበዮ ኣይኮነን። ነቲ ክፍለ-ግዜ ደጊምካ ኣንብብ እሞ ነቲ ዘርእዮ ሕቶ መልስ።
serve-problem-finished = ክፍለ-ግዜ ተወዲኡ
serve-problem-finished-detail = እዚ ክፍለ-ግዜ ተወዲኡ እዩ፣ ተወሳኺ መልስታት ኣይቕበልን።
serve-problem-not-finished = ክፍለ-ግዜ ገና ኣይተወደአን
serve-problem-not-finished-detail = ውጽኢት ክፍለ-ግዜ ምስ ተወደአ ድሉው ይኸውን፤ ብዝተዋህቡ መልስታት ደረጃ ንምውሳን ቀልጢፍካ ኣቋርጾ።
serve-problem-idempotency-key-required = Idempotency-Key የድሊ
serve-problem-idempotency-key-required-detail = ምስ ነፍሲ ወከፍ መልሲ ፍሉይ ርእሲ Idempotency-Key (ክሳብ 255 ፊደላት) ስደድ፣ ክትደግሞ ከለኻ ድማ ንሱ ንባዕሉ።
serve-problem-idempotency-key-reused = Idempotency-Key ድሮ ተጠቒምካሉ
serve-problem-idempotency-key-reused-detail = እዚ Idempotency-Key ንኻልእ ሕቶ ተጠቒምካሉ ኢኻ። ንሓድሽ መልሲ ሓድሽ መፍትሕ ተጠቐም።
serve-problem-rate-limited = ኣዝዮም ብዙሓት ሕቶታት
serve-problem-rate-limited-detail = { $seconds ->
    [one] ንዚ መፍትሕ ኣዝዮም ብዙሓት ሕቶታት። ድሕሪ { $seconds } ካልኢት ደጊምካ ፈትን።
   *[other] ንዚ መፍትሕ ኣዝዮም ብዙሓት ሕቶታት። ድሕሪ { $seconds } ካልኢታት ደጊምካ ፈትን።
}
serve-problem-unknown-bank = ዘይፍለጥ ባንኪ ሕቶታት
serve-problem-unknown-bank-detail = ኣብዚ ኣገልግሎት “{ $bank }” ዝበሃል ባንኪ ሕቶታት የለን።
serve-problem-unknown-language = ዘይፍለጥ ቋንቋ
serve-problem-unknown-language-detail = “{ $language }” ካብቶም እዚ ኣገልግሎት ዘቕርቦም ቋንቋታት ኣይኮነን።
serve-problem-invalid-join-code = ዘይፍለጥ ኮድ ምጽንባር
serve-problem-invalid-join-code-detail = እዚ ኮድ ምጽንባር ቅኑዕ ኣይኮነን: ብጌጋ ተጻሒፉ፣ ድሮ ተጠቒምካሉ ወይ ግዜኡ ሓሊፉ ክኸውን ይኽእል። ሓድሽ ሕተት።
serve-problem-unavailable = ኣገልግሎት የለን
serve-problem-unavailable-detail = እቲ ኣገልግሎት ሕጂ ናብ ዳታቤዙ ክበጽሕ ኣይክእልን። ድሒርካ ፈትን፤ ዝተረጋገጸ ዝጠፍአ የለን።
serve-problem-internal = ውሽጣዊ ጌጋ
serve-problem-internal-detail = ኣብቲ ሰርቨር ጸገም ተፈጢሩ። ዝተረጋገጸ ዝጠፍአ የለን፤ ደጊምካ ፈትን።
