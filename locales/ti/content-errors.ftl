## ልዕሊ ደረት ዘለዉ ጌጋታት ትሕዝቶ (nln validate)። ብማሽን ዝተዳለወ።

load-error-more = { $count ->
        [one] ከምኡ’ውን { $count } ዘይተራእየ ካልእ ጌጋ
       *[other] ከምኡ’ውን { $count } ዘይተራእዩ ካልኦት ጌጋታት
    }
