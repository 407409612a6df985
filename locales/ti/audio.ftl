## Audio: `nln audio` (assessor and maintainer messages; Tigrinya, machine-drafted)

cli-audio-about = ድምጺ መልእኽትታት ተማሃራይ፦ ዝርዝራት ምውጣን፣ ክሊፕታት ምስራሕ፣ ብድምጺ ሰብ ምቕዳሕ
cli-audio-plan-about = ናይ ነፍሲ ወከፍ ቋንቋ audio.yaml ካብ ናይ ሕጂ መልእኽትታትን ሕቶታትን ደጊምካ ጽሓፍ (ድሕሪ ምቕያሮም ኣካይዶ)
cli-audio-plan-opt-check = ዋላ ሓንቲ ኣይትቐይር፤ ዝርዝር ዘይተሓደሰ እንተሃልዩ ፍሽል
cli-audio-opt-locales = ማህደር ቋንቋታት (ንቡር፦ locales)
audio-unknown-locale = { $locale } ኣብ ዝርዝር ዘሎ ቋንቋ ኣይኮነን ({ $listed })።
audio-plan-summary = { $locale }፦ { $clips } ክሊፕ ({ $synthesized } ብኮምፒተር፣ { $recorded } ዝተቐድሑ፣ { $needs } ዝቕደሑ)
audio-plan-unchanged = { $path } ተሓዲሱ ኣሎ።
audio-plan-written = { $path } ተጻሒፉ ({ $count } ኣእታውታት ተቐይሮም)።
audio-plan-outdated = { $path } ኣይተሓደሰን ({ $count } ኣእታውታት ይፈላለዩ)።
audio-plan-check-failed = { $count } ዝርዝራት ድምጺ ኣይተሓደሱን፦ `nln audio plan` ኣካይዱ።
audio-stale = { $locale }፦ ቅዳሕ { $ref } ንዝኣረገ ጽሑፍ እዩ ተሰሪሑ፦ ደጊምካ ቕዳሕ (ክሳብ ሽዑ ይዕቀብ)።
audio-unplanned-missing = { $locale }፦ { $ref } ክሊፕ የብሉን፦ መልእኽቲ { $message } የለን።
audio-unplanned-placeables = { $locale }፦ { $ref } ክሊፕ የብሉን፦ መልእኽቲ { $message } ተቐያየርቲ ኣለዎ፤ ብዘይ ተቐያየርቲ .speech ቅርጺ ሃቦ።
clip-status-needs-recording = ብድምጺ ሰብ ምቕዳሕ የድልዮ
