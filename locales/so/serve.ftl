# nln serve / nln agency: adeegga HTTP iyo hay'adaha isticmaala. Qoraal loogu talagalay qiimeeyayaasha iyo IT.

cli-serve-about = Ka shid adeegga HTTP/JSON ee nidaamyada diiwaangelinta
cli-serve-opt-listen = Cinwaanka la dhageysanayo (IP:PORT)
cli-serve-opt-database = Kaydka xogta: sqlite:PATH (caadi ahaan sqlite:nln.db) ama postgres://…
cli-serve-opt-rate-limit = Codsiyada la oggol yahay ilbiriqsi kasta fure kasta (0 waxay ka qaadaysaa xadka)
cli-serve-opt-sessions-per-hour = Fadhiyada cusub ee la oggol yahay saacad kasta fure kasta (0 waxay ka qaadaysaa xadka)
cli-agency-about = Maamul hay'adaha isticmaala adeegga
cli-agency-add-about = Ku dar hay'ad oo daabac furaheeda API ee ugu horreeya
cli-agency-opt-name = Magaca hay'adda
cli-agency-opt-retention = Inta maalmood ee xogta ardayda la hayo ka hor inta aan la tirtirin

serve-listening = Adeegga nln wuxuu dhageysanayaa { $url } (kaydka xogta: { $database }).
serve-openapi = Sharaxaadda API: { $url }
serve-key-hint = Si aad u hesho fure hay'adeed, socodsii: { $command }
serve-error-start = Adeeggu ma bilaabmin: { $reason }
serve-error-listen = “{ $address }” ma aha cinwaan la dhageysan karo; isticmaal IP:PORT, tusaale 127.0.0.1:8080.
serve-error-database = “{ $address }” ma aha cinwaan kayd xog; isticmaal sqlite:PATH ama postgres://…
agency-added = Hay'adda “{ $name }” waa la daray (id { $id }).
agency-key-once = Furaheeda API ayaa xiga, hal mar oo keliya ayaa la muujinayaa: si ammaan ah u kaydi; adeeggu wuxuu hayaa oo keliya hash-keeda.
agency-error = Hay'adda lama dari karin: { $reason }

serve-problem-unauthorized = Lama soo galin
serve-problem-unauthorized-detail = Soo dir fure API ama token arday oo sax ah sida “Authorization: Bearer …”.
serve-problem-forbidden = Lama oggola
serve-problem-forbidden-detail = Furahan ama token-kan ma samayn karo tan.
serve-problem-not-found = Lama helin
serve-problem-not-found-detail = Halkan ma jiro wax furahan ama token-kan arki karo.
serve-problem-method-not-allowed = Habkan lama oggola
serve-problem-method-not-allowed-detail = Cinwaankani ma aqbalo habkan HTTP.
serve-problem-bad-request = Codsi khaldan
serve-problem-bad-request-detail = Codsiga lama akhrin karin: { $reason }
serve-problem-unsupported-media = Nooc nuxur aan la taageerin
serve-problem-unsupported-media-detail = U dir jirka sida application/json: { $reason }
serve-problem-too-large = Codsigu aad buu u weyn yahay
serve-problem-too-large-detail = Jirku wuu ka weyn yahay xadka { $limit } bayt.
serve-problem-invalid-answer = Jawaabtu kuma habboona su'aasha
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] Jawaabtu waxay sheegaysaa doorasho aan su'aashan lahayn.
    [score-out-of-range] Dhibcuhu way ka badan yihiin inta su'aashan oggoshahay.
    [incomplete-order] Kala horreyntu waa inay tallaabo kasta sheegtaa hal mar oo sax ah.
   *[wrong-kind] Noocan jawaabta ah kuma habboona su'aashan; eeg answer_kinds-keeda.
}
serve-problem-wrong-sequence = Lambarka isku xigxiga waa khalad
serve-problem-wrong-sequence-detail = Fadhigu wuxuu sugayaa jawaabta lambarka { $expected }. Dib u akhri fadhiga oo ka jawaab su'aasha uu muujinayo.
serve-problem-not-pending = Su'aashu ma sugayso jawaab
serve-problem-not-pending-detail = Su'aashan ma aha tan fadhigu sugayo. Dib u akhri fadhiga oo ka jawaab su'aasha uu muujinayo.
serve-problem-finished = Fadhigu wuu dhammaaday
serve-problem-finished-detail = Fadhigan wuu dhammaaday mana aqbalayo jawaabo kale.
serve-problem-not-finished = Fadhigu weli ma dhammaan
serve-problem-not-finished-detail = Natiijadu waxay diyaar noqotaa marka fadhigu dhammaado; hore u jooji si heerka loogu go'aamiyo jawaabaha la bixiyay.
serve-problem-idempotency-key-required = Idempotency-Key ayaa loo baahan yahay
serve-problem-idempotency-key-required-detail = Jawaab kasta la dir madax Idempotency-Key ah oo gaar ah (ugu badnaan 255 xaraf), isla kaas marka aad dib u isku dayayso.
serve-problem-idempotency-key-reused = Idempotency-Key hore ayaa loo isticmaalay
serve-problem-idempotency-key-reused-detail = Idempotency-Key-gan waxaa loo isticmaalay codsi kale. Jawaab cusub u isticmaal fure cusub.
serve-problem-rate-limited = Codsiyo aad u badan
serve-problem-rate-limited-detail = { $seconds ->
    [one] Codsiyo aad u badan oo furahan ah. Isku day mar kale { $seconds } ilbiriqsi kadib.
   *[other] Codsiyo aad u badan oo furahan ah. Isku day mar kale { $seconds } ilbiriqsi kadib.
}
serve-problem-unknown-bank = Bangi su'aalo aan la aqoon
serve-problem-unknown-bank-detail = Adeeggan ma laha bangi su'aalo oo la yiraahdo “{ $bank }”.
serve-problem-unknown-language = Luqad aan la aqoon
serve-problem-unknown-language-detail = “{ $language }” kama mid aha luqadaha adeeggani bixiyo.
serve-problem-invalid-join-code = Koodh ku biirid aan la aqoon
serve-problem-invalid-join-code-detail = Koodhkan ku biiriddu ma saxna: waxaa laga yaabaa in si khaldan loo qoray, hore loo isticmaalay ama uu dhacay. Weydiiso mid cusub.
serve-problem-unavailable = Adeeggu ma diyaarsana
serve-problem-unavailable-detail = Adeeggu hadda ma gaari karo kaydkiisa xogta. Mar dambe isku day; wax la xaqiijiyay ma lumin.
serve-problem-internal = Khalad gudaha ah
serve-problem-internal-detail = Wax baa ku khaldamay server-ka. Wax la xaqiijiyay ma lumin; isku day mar kale.
