# Content limits, session files and answer input (so). Machine-drafted.
load-error-too-big = faylku aad buu u weyn yahay ama aad buu isugu dhex jiraa si loo akhriyo ({ $detail })
load-error-implausible = halbeegga IRT wuxuu ka baxsan yahay xadkiisa macquulka ah ({ $detail })
cli-assess-opt-force = Beddel faylka --save xitaa haddii uusan ahayn fadhi la keydiyay
assess-how-to-answer = Ku jawaab lambarka aad dooratay, kadibna riix Enter. 0 = Ma aqaan. q = jooji (jawaabahaaga waa la hayaa).
assess-saving-to = Jawaabahaaga waxaa lagu keydiyay { $file }
assess-resume-hint = Si aad hadhow u sii wadato, socodsii: nln assess --resume { $file }
assess-interrupted = Imtixaanka waa la joojiyay.
assess-type-number = Qor hal lambar oo u dhexeeya 1 iyo { $max }, ama 0 haddii aadan aqoon, kadibna riix Enter.
assess-type-order = Qor lambarada 1 ilaa { $max } sida saxda ah u kala horreeya, meel bannaan u dhexeyso (tusaale: 2 1 3), ama 0 haddii aadan aqoon.
error-not-regular-file = { $path } ma aha fayl caadi ah (waa link, gal, tuubo ama qalab), sidaas darteed lama akhriyo lamana beddelo.
error-file-too-large = { $path } aad buu u weyn yahay si loo akhriyo (xadka bytes: { $limit }).
error-too-many-files = { $path } wuxuu leeyahay faylal aad u badan oo la akhriyo (xadka: { $limit }).
error-not-a-session = { $path } hore ayuu u jiray mana aha fadhi la keydiyay oo imtixaankan ah. Dooro fayl kale, ama ku dar --force si aad u beddesho.
error-session-in-use = { $path } waxaa hadda isticmaalaya imtixaan kale oo socda.
error-no-saved-session = Fadhi la keydiyay lagama helin { $path }.
