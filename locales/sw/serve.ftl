# nln serve / nln agency: huduma ya HTTP na mashirika yanayoitumia. Maandishi kwa wakadiriaji na TEHAMA.

cli-serve-about = Endesha huduma ya HTTP/JSON kwa mifumo ya usajili
cli-serve-opt-listen = Anwani ya kusikiliza (IP:PORT)
cli-serve-opt-database = Hifadhidata: sqlite:PATH (chaguo-msingi sqlite:nln.db) au postgres://…
cli-serve-opt-rate-limit = Maombi yanayoruhusiwa kwa sekunde kwa kila ufunguo (0 huondoa kikomo)
cli-serve-opt-sessions-per-hour = Vipindi vipya vinavyoruhusiwa kwa saa kwa kila ufunguo (0 huondoa kikomo)
cli-agency-about = Simamia mashirika yanayotumia huduma
cli-agency-add-about = Ongeza shirika na uchapishe ufunguo wake wa kwanza wa API
cli-agency-opt-name = Jina la shirika
cli-agency-opt-retention = Siku ambazo data ya wanafunzi huhifadhiwa kabla ya kufutwa

serve-listening = Huduma ya nln inasikiliza kwenye { $url } (hifadhidata: { $database }).
serve-openapi = Maelezo ya API: { $url }
serve-key-hint = Ili kupata ufunguo wa shirika, endesha: { $command }
serve-error-start = Huduma haikuweza kuanza: { $reason }
serve-error-listen = “{ $address }” si anwani ya kusikiliza; tumia IP:PORT, kwa mfano 127.0.0.1:8080.
serve-error-database = “{ $address }” si anwani ya hifadhidata; tumia sqlite:PATH au postgres://…
agency-added = Shirika “{ $name }” limeongezwa (id { $id }).
agency-key-once = Ufunguo wake wa API unafuata, unaonyeshwa mara hii tu: uhifadhi salama; huduma huhifadhi hashi yake tu.
agency-error = Shirika halikuweza kuongezwa: { $reason }

serve-problem-unauthorized = Hujaingia
serve-problem-unauthorized-detail = Tuma ufunguo halali wa API au tokeni ya mwanafunzi kama “Authorization: Bearer …”.
serve-problem-forbidden = Hairuhusiwi
serve-problem-forbidden-detail = Ufunguo au tokeni hii haiwezi kufanya hivi.
serve-problem-not-found = Haikupatikana
serve-problem-not-found-detail = Hakuna kitu hapa ambacho ufunguo au tokeni hii inaweza kuona.
serve-problem-method-not-allowed = Mbinu hairuhusiwi
serve-problem-method-not-allowed-detail = Anwani hii haikubali mbinu hii ya HTTP.
serve-problem-bad-request = Ombi baya
serve-problem-bad-request-detail = Ombi halikuweza kusomwa: { $reason }
serve-problem-unsupported-media = Aina ya maudhui haitumiki
serve-problem-unsupported-media-detail = Tuma mwili kama application/json: { $reason }
serve-problem-too-large = Ombi ni kubwa mno
serve-problem-too-large-detail = Mwili unazidi kikomo cha baiti { $limit }.
serve-problem-invalid-answer = Jibu halilingani na swali
serve-problem-invalid-answer-detail = { $error ->
    [unknown-option] Jibu linataja chaguo ambalo swali hili halina.
    [score-out-of-range] Alama ni juu kuliko swali hili linavyoruhusu.
    [incomplete-order] Mpangilio lazima utaje kila hatua mara moja kamili.
   *[wrong-kind] Aina hii ya jibu hailingani na swali hili; angalia answer_kinds zake.
}
serve-problem-wrong-sequence = Nambari ya mfuatano si sahihi
serve-problem-wrong-sequence-detail = Kipindi kinasubiri jibu namba { $expected }. Soma kipindi tena na ujibu swali kinaloonyesha.
serve-problem-not-pending = Swali halisubiri jibu
serve-problem-not-pending-detail = Hili si swali ambalo kipindi kinasubiri. Soma kipindi tena na ujibu swali kinaloonyesha.
serve-problem-finished = Kipindi kimekwisha
serve-problem-finished-detail = Kipindi hiki kimekwisha na hakipokei majibu zaidi.
serve-problem-not-finished = Kipindi bado hakijaisha
serve-problem-not-finished-detail = Matokeo huwa tayari kipindi kinapoisha; kisimamishe mapema ili kupanga kwa majibu yaliyotolewa.
serve-problem-idempotency-key-required = Idempotency-Key inahitajika
serve-problem-idempotency-key-required-detail = Tuma kichwa cha Idempotency-Key cha kipekee (herufi 255 zaidi) na kila jibu, na kilekile unaporudia.
serve-problem-idempotency-key-reused = Idempotency-Key imeshatumika
serve-problem-idempotency-key-reused-detail = Idempotency-Key hii ilitumika kwa ombi tofauti. Tumia ufunguo mpya kwa jibu jipya.
serve-problem-rate-limited = Maombi mengi mno
serve-problem-rate-limited-detail = { $seconds ->
    [one] Maombi mengi mno kwa ufunguo huu. Jaribu tena baada ya sekunde { $seconds }.
   *[other] Maombi mengi mno kwa ufunguo huu. Jaribu tena baada ya sekunde { $seconds }.
}
serve-problem-unknown-bank = Benki ya maswali isiyojulikana
serve-problem-unknown-bank-detail = Huduma hii haina benki ya maswali “{ $bank }”.
serve-problem-unknown-language = Lugha isiyojulikana
serve-problem-unknown-language-detail = “{ $language }” si mojawapo ya lugha ambazo huduma hii inatoa.
serve-problem-invalid-join-code = Msimbo wa kujiunga usiojulikana
serve-problem-invalid-join-code-detail = Msimbo huu wa kujiunga si halali: huenda umeandikwa vibaya, umeshatumika au umeisha muda. Omba mpya.
serve-problem-unavailable = Huduma haipatikani
serve-problem-unavailable-detail = Huduma haiwezi kufikia hifadhidata yake sasa hivi. Jaribu tena baadaye kidogo; hakuna kilichothibitishwa kilichopotea.
serve-problem-internal = Hitilafu ya ndani
serve-problem-internal-detail = Kuna tatizo kwenye seva. Hakuna kilichothibitishwa kilichopotea; jaribu tena.
