## ሚዛን መፍትሕ መልስታት (ትግርኛ፡ ናይ ማሽን ንድፊ). Printed by `nln validate`; never a failure.

balance-kind-choice = ሕቶታት ምርጫ
balance-kind-hotspot = ሕቶታት ስእሊ ምጥዋቕ (ዝርዝር ክፋላት)
balance-key-position = መጠንቀቕታ፡ { $kind }፡ ቅኑዕ መልሲ ኣብ ቦታ { $position } ኣሎ ኣብ { $observed }/{ $items } (ሚዛናዊ፡ ኣስታት { $expected })።
balance-true-false = መጠንቀቕታ፡ ሕቶታት ሓቂ/ሓሶት፡ ቅኑዕ መልሲ "ሓቂ" እዩ ኣብ { $true }/{ $items } (ሚዛናዊ፡ ኣስታት ፍርቂ)።
balance-order-as-shown = መጠንቀቕታ፡ ሕቶ ምስርዓው { $item }፡ ቅኑዕ መልሲ እቲ ስጉምትታት ዝርኣዩሉ ስርዓት እዩ፡ ስለዚ ዋላ ሓንቲ ከይቀየርካ ነጥቢ ይርከብ።
