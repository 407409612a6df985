# nln serve / nln agency: ang HTTP service at ang mga ahensiyang gumagamit nito. Teksto para sa tagasuri at IT.

cli-serve-about = Patakbuhin ang HTTP/JSON service para sa mga intake system
cli-serve-opt-listen = Address na pakikinggan (IP:PORT)
cli-serve-opt-database = Database: sqlite:PATH (default sqlite:nln.db) o postgres://…
cli-serve-opt-rate-limit = Mga kahilingang pinapayagan bawat segundo sa bawat key (0 para walang limitasyon)
cli-serve-opt-sessions-per-hour = Mga bagong session na pinapayagan bawat oras sa bawat key (0 para walang limitasyon)
cli-agency-about = Pamahalaan ang mga ahensiyang gumagamit ng service
cli-agency-add-about = Magdagdag ng ahensiya at i-print ang una nitong API key
cli-agency-opt-name = Pangalan ng ahensiya
cli-agency-opt-retention = Ilang araw itatago ang datos ng mag-aaral bago burahin

serve-listening = Nakikinig ang nln service sa { $url } (database: { $database }).
serve-openapi = Paglalarawan ng API: { $url }
serve-key-hint = Para makakuha ng key ng ahensiya, patakbuhin: { $command }
serve-error-start = Hindi nakapagsimula ang service: { $reason }
serve-error-listen = Ang “{ $address }” ay hindi address na mapapakinggan; gamitin ang IP:PORT, halimbawa 127.0.0.1:8080.
serve-error-database = Ang “{ $address }” ay hindi address ng database; gamitin ang sqlite:PATH o postgres://…
agency-added = Naidagdag ang ahensiyang “{ $name }” (id { $id }).
agency-key-once = Kasunod ang API key nito, ipinapakita ngayon lamang: itago ito nang ligtas; hash lang nito ang iniingatan ng service.
agency-error = Hindi naidagdag ang ahensiya: { $reason }

serve-problem-unauthorized = Hindi naka-sign in
serve-problem-unauthorized-detail = Magpadala ng wastong API key o learner token bilang “Authorization: Bearer …”.
serve-problem-forbidden = Hindi pinapayagan
serve-problem-forbidden-detail = Hindi ito magagawa ng key o token na ito.
serve-problem-not-found = Hindi nakita
serve-problem-not-found-detail = Walang anuman dito na makikita ng key o token na ito.
serve-problem-method-not-allowed = Hindi pinapayagang method
serve-problem-method-not-allowed-detail = Hindi tumatanggap ang address na ito ng ganitong HTTP method.
serve-problem-bad-request = Maling kahilingan
serve-problem-bad-request-detail = Hindi mabasa ang kahilingan: { $reason }
serve-problem-unsupported-media = Hindi suportadong uri ng nilalaman
serve-problem-unsupported-media-detail = Ipadala ang body bilang application/json: { $reason }
serve-problem-too-large = Masyadong malaki ang kahilingan
serve-problem-too-large-detail = Lampas ang body sa limitasyong { $limit } byte.
serve-problem-invalid-answer = Hindi tugma ang sagot sa tanong
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] Ang sagot ay tumutukoy sa opsyong wala sa tanong na ito.
    [score-out-of-range] Mas mataas ang iskor kaysa pinapayagan ng tanong na ito.
    [incomplete-order] Dapat banggitin ng pagkakasunod-sunod ang bawat hakbang nang eksaktong isang beses.
   *[wrong-kind] Hindi tugma ang ganitong uri ng sagot sa tanong na ito; tingnan ang answer_kinds nito.
}
serve-problem-wrong-sequence = Maling sequence number
serve-problem-wrong-sequence-detail = Hinihintay ng session ang sagot bilang { $expected }. Basahin muli ang session at sagutin ang tanong na ipinapakita nito.
serve-problem-not-pending = Hindi naghihintay ng sagot ang tanong
serve-problem-not-pending-detail = Hindi ito ang tanong na hinihintay ng session. Basahin muli ang session at sagutin ang tanong na ipinapakita nito.
serve-problem-finished = Tapos na ang session
serve-problem-finished-detail = Tapos na ang session na ito at hindi na tumatanggap ng sagot.
serve-problem-not-finished = Hindi pa tapos ang session
serve-problem-not-finished-detail = Handa ang resulta kapag natapos ang session; ihinto ito nang maaga para mailagay ayon sa mga naibigay na sagot.
serve-problem-idempotency-key-required = Kailangan ang Idempotency-Key
serve-problem-idempotency-key-required-detail = Magpadala ng natatanging Idempotency-Key header (hanggang 255 karakter) sa bawat sagot, at ang pareho kapag inuulit ito.
serve-problem-idempotency-key-reused = Nagamit na ang Idempotency-Key
serve-problem-idempotency-key-reused-detail = Nagamit na ang Idempotency-Key na ito sa ibang kahilingan. Gumamit ng bagong key para sa bagong sagot.
serve-problem-rate-limited = Masyadong maraming kahilingan
serve-problem-rate-limited-detail = { $seconds ->
    [one] Masyadong maraming kahilingan para sa key na ito. Subukang muli pagkalipas ng { $seconds } segundo.
   *[other] Masyadong maraming kahilingan para sa key na ito. Subukang muli pagkalipas ng { $seconds } segundo.
}
serve-problem-unknown-bank = Hindi kilalang item bank
serve-problem-unknown-bank-detail = Walang item bank na “{ $bank }” sa service na ito.
serve-problem-unknown-language = Hindi kilalang wika
serve-problem-unknown-language-detail = Ang “{ $language }” ay hindi kabilang sa mga wikang inaalok ng service na ito.
serve-problem-invalid-join-code = Hindi kilalang join code
serve-problem-invalid-join-code-detail = Hindi wasto ang join code na ito: maaaring mali ang pagkaka-type, nagamit na, o nag-expire. Humingi ng bago.
serve-problem-unavailable = Hindi available ang service
serve-problem-unavailable-detail = Hindi maabot ng service ang database nito sa ngayon. Subukang muli mamaya; walang nawalang nakumpirma na.
serve-problem-internal = Panloob na error
serve-problem-internal-detail = May nangyaring mali sa server. Walang nawalang nakumpirma na; subukang muli.
