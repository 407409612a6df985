# Content limits, session files and answer input (ti). Machine-drafted.
load-error-too-big = እቲ ፋይል ንምንባብ ኣዝዩ ዓቢ ወይ ኣዝዩ ዝተጣበቐ እዩ ({ $detail })
load-error-implausible = ናይ IRT መለክዒ ካብ ዝከኣል ደረቱ ወጻኢ እዩ ({ $detail })
cli-assess-opt-force = ዝተዓቀበ ክፍለ-ግዜ እንተዘይኮነ እውን ፋይል --save ቀይሮ
assess-how-to-answer = ብቑጽሪ ምርጫኹም መልሱ፡ ድሕሪኡ Enter ጠውቑ። 0 = ኣይፈልጥን። q = ደው ኣብል (መልስታትኩም ይዕቀቡ እዮም)።
assess-saving-to = መልስታትኩም ኣብ { $file } ተዓቂቦም ኣለዉ
assess-resume-hint = ደሓር ንምቕጻል፡ እዚ ኣካይዱ: nln assess --resume { $file }
assess-interrupted = እቲ ፈተና ተቛሪጹ።
assess-type-number = ካብ 1 ክሳዕ { $max } ሓደ ቑጽሪ ጽሓፉ፡ ወይ እንተዘይፈለጥኩም 0፡ ድሕሪኡ Enter ጠውቑ።
assess-type-order = ቁጽርታት ካብ 1 ክሳዕ { $max } ብቕኑዕ ስርዓት፡ ብባዶ ቦታ ተፈላልዮም ጽሓፉ (ንኣብነት: 2 1 3)፡ ወይ እንተዘይፈለጥኩም 0።
error-not-regular-file = { $path } ልሙድ ፋይል ኣይኮነን (ሊንክ፡ ፎልደር፡ ቱቦ ወይ መሳርሒ እዩ)፡ ስለዚ ኣይንበብን ኣይቕየርን።
error-file-too-large = { $path } ንምንባብ ኣዝዩ ዓቢ እዩ (ደረት ብባይት: { $limit })።
error-too-many-files = { $path } ንምንባብ ኣዝዮም ብዙሓት ፋይላት ኣለዉዎ (ደረት: { $limit })።
error-not-a-session = { $path } ድሮ ኣሎ፡ ናይዚ ፈተና ዝተዓቀበ ክፍለ-ግዜ ድማ ኣይኮነን። ካልእ ፋይል ምረጹ፡ ወይ ንምቕያሩ --force ወስኹ።
error-session-in-use = { $path } ሕጂ ብካልእ ዝካየድ ዘሎ ፈተና ይጥቀመሉ ኣሎ።
error-no-saved-session = ኣብ { $path } ዝተዓቀበ ክፍለ-ግዜ ኣይተረኽበን።
