# ስእልታት: ፈተናታት `nln validate` ንassessments/images/ ከምኡ'ውን ወረቐት ምርኣይ (ንደረስትን ገምገምትን)።
cli-validate-opt-contact-sheets = ንነፍሲ ወከፍ ዓውዲ ሓደ ወረቐት ምርኣይ (SVG: ነፍሲ ወከፍ ስእሊ ምስ መለለዪታት ሕቶታቱን ቦታታት ምንካይን) ኣብዚ ማህደር እውን ጽሓፍ
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: መጠንቀቕታ: { $message }
picture-contact-sheets-written = ኣብ { $path } ዝተጻሕፉ ወረቐታት ምርኣይ ብዝሒ: { $count }።
picture-missing = ሕቶ { $item } ስእሊ { $picture } የርኢ፣ እዚ ስእሊ ግን ኣብ images/ የለን
picture-unused = ስእሊ { $picture } ዘርኢ ሕቶ የለን
picture-bad-name = ስም ስእሊ ብንኣሽቱ ፊደላት ዝተጻሕፉ ቃላት ብሰረዝ ዝተኣሳሰሩ እዩ፣ ብ.svg ይውዳእ፣ ኣብ screens/፣ icons/ ወይ photos/ ይርከብ
picture-unreadable = እቲ ስእሊ ዝንበብ SVG ኣይኮነን: { $reason }
picture-bad-canvas = ሸራ እቲ ስእሊ { $found } እዩ፤ ስእልታት ናይዚ ማህደር { $expected } ይጥቀሙ
picture-no-title = እቲ ስእሊ ከም ቀዳማይ ኣካል <title> የብሉን (ኣንበብቲ ስክሪን የድልዮም)
picture-forbidden = እቲ ስእሊ { $what } ሒዙ ኣሎ፣ እዚ ኣይፍቀድን (ስክሪፕታት፣ ናብ ካልኦት ፋይላት መራኸቢ፣ ቢትማፕ ስእልታት፣ ፍልተራት፣ ምንቅስቓስ)
picture-too-large = መጠን እቲ ስእሊ { $size } B እዩ፤ ካብ { $limit } B ንታሕቲ ሓልዎ
picture-duplicate-id = መለለዪ "{ $id }" ኣብቲ ስእሊ ክልተ ግዜ ተጠቒሙ
picture-region-outside = ቦታ { $region } ናይ ሕቶ { $item } ካብ ስእሉ ይወጽእ ({ $canvas })
picture-regions-overlap = ቦታታት { $first } ከምኡ'ውን { $second } ናይ ሕቶ { $item } ይደራረቡ: ሓደ ምንካይ ንኽልቲኡ ምተረጐመ
picture-control-missing = ስእሊ { $picture } ንቦታ { $region } ናይ ሕቶ { $item } መለለዪ "{ $region }" ዘለዎ ኣካል የብሉን
picture-control-outside = ኣካል "{ $region }" ናይ ስእሊ { $picture } ኣብ ውሽጢ ቦታ { $region } ናይ ሕቶ { $item } ኣይተሰኣለን
