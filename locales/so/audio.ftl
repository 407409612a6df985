## Audio: `nln audio` (assessor and maintainer messages; Somali, machine-drafted)

cli-audio-about = Codka fariimaha ardayga: qorshee liisaska, samee googooyada, ku duub cod qof
cli-audio-plan-about = Dib u qor audio.yaml luqad kasta oo laga soo qaado fariimaha iyo su'aalaha hadda (orod kadib markaad beddesho)
cli-audio-plan-opt-check = Waxba ha beddelin; fashil haddii liis aan la cusboonaysiin
cli-audio-opt-locales = Galka luqadaha (caadi ahaan: locales)
audio-unknown-locale = { $locale } ma aha luqad liiska ku jirta ({ $listed }).
audio-plan-summary = { $locale }: { $clips ->
        [one] { $clips } googo'
       *[other] { $clips } googo'
    } ({ $synthesized } kombuyuutar, { $recorded } la duubay, { $needs } in la duubo)
audio-plan-unchanged = { $path } waa la cusboonaysiiyay.
audio-plan-written = { $path } waa la qoray ({ $count } gelis ayaa isbeddelay).
audio-plan-outdated = { $path } lama cusboonaysiin ({ $count } gelis ayaa ka duwan).
audio-plan-check-failed = { $count } liis cod ah lama cusboonaysiin: orod `nln audio plan`.
audio-stale = { $locale }: duubista { $ref } waxaa loo sameeyay qoraal hore: mar kale duub (ilaa markaas waa la hayaa).
audio-unplanned-missing = { $locale }: { $ref } googo' ma laha: fariinta { $message } waa maqan tahay.
audio-unplanned-placeables = { $locale }: { $ref } googo' ma laha: fariinta { $message } waxay leedahay doorsoomayaal; sii qaab .speech ah oo aan lahayn.
clip-status-needs-recording = waxay u baahan tahay duubis cod qof
cli-audio-build-about = Samee googo' kasta oo ka maqan galka codka (cod kombuyuutar, aamusnaanta la gooyay, heerka codka la siman yahay, Opus iyo MP3 kayd ah)
cli-audio-build-opt-check = Waxba ha beddelin; fashil haddii fariin ardayga ay googo' lahayn, googo' duug yahay ama u baahan yahay duubis
cli-audio-opt-out = Galka codka (caadi ahaan: NLN_AUDIO_DIR, haddii kale target/audio)
audio-tool-missing = { $program } lama rakibin; samaynta codka ayaa u baahan. Debian ama Ubuntu: apt-get install { $package }
audio-needs-recording = { $locale } ma laha cod kombuyuutar oo la isticmaali karo: { $count } googo' ayaa u baahan duubis cod qof (eeg `nln audio script --lang { $locale }`).
audio-recording-not-imported = { $locale }: duubista { $file } way maqan tahay: ku soo geli `nln audio import`.
audio-clips-not-built = { $locale }: { $count } googo' lagama samayn { $folder }: orod `nln audio build --lang { $locale }`.
audio-clip-failed = { $file } lama samayn karin: { $reason }
audio-progress = Samaynta googooyada { $locale }
audio-built = { $locale }: { $built } googo' ayaa lagu sameeyay { $folder }.
audio-check-failed = { $count } dhibaato cod ah ayaa la helay.
cli-audio-script-about = Qor qoraalka duubista ee codka-bixiyuhu ka akhriyo: qoraal kasta, magaca faylkiisa, iyo halka laga maqlo
cli-audio-script-opt-output = Qoraalka ku qor faylkan (caadi ahaan: soo-saarka caadiga ah)
cli-audio-import-about = Soo geli duubisyada codka-bixiyaha: hubi dhererka iyo heerka codka, codee, cusboonaysii audio.yaml
cli-audio-import-opt-dir = Galka duubisyada, oo loo magacaabay sida qoraalka
cli-audio-import-opt-speaker = Koodka qofka hadlaya ee lagu hayo duubis kasta (tusaale F03)
audio-script-heading = Qoraalka duubista: { $locale } ({ $count } qoraal)
audio-script-instructions = Akhri qoraal kasta si deggan oo xoogaa tartiib ah, sidii adigoo la hadlaya qof weyn oo kombuyuutarka ku cusub. Ku duub qol aamusan, qiyaastii 20 sm meel u jirta makarafoonka. Qoraal kasta ku kaydi fayl WAV ah oo gooni ah (48 kHz), magaca saxda ah ee la muujiyay, aamusnaan gaaban ka hor iyo ka dib.
audio-script-context = Halka laga maqlo: { $context }
audio-script-role-prompt = su'aasha qodobka { $item }
audio-script-role-option = jawaab ka mid ah qodobka { $item }
audio-script-role-region = meel ku taal sawirka qodobka { $item }
audio-script-role-category = qiimaynta qiimeeyaha ee qodobka { $item }
audio-script-role-screen = tilmaan ama badhan ka mid ah imtixaanka
audio-script-picture = Sawir: { $file }
audio-script-english = Ingiriisi: { $text }
audio-script-say = Dheh:
audio-script-written = Qoraalka duubista waxaa lagu qoray { $path } ({ $count } qoraal).
audio-import-one-locale = Sii hal luqad oo keliya oo lagu soo geliyo, adigoo isticmaalaya --lang.
audio-import-rejected = { $file } lama soo gelin: { $reason }
audio-reason-name = magaca faylku ma aha <clip>.<hash>.wav sida qoraalka.
audio-reason-unknown = ma jiro googo' la yiraahdo { $ref }.
audio-reason-stale = waxaa laga duubay qoraal hore oo { $ref } ah; duub qoraalka hadda (eeg qoraal cusub).
audio-reason-unreadable = looma akhrin karo fayl WAV ah ({ $detail }).
audio-reason-duration = hadalku wuxuu socdaa { $seconds } s; googo' wuxuu socdaa { $min } ilaa { $max } s.
audio-reason-quiet = codku aad buu u hooseeyaa ({ $lufs } LUFS, ugu yaraan { $min } ayaa loo baahan yahay): ku duub meel u dhow makarafoonka.
audio-reason-clipped = codku wuu qalloocan yahay (heerku wuxuu gaaray ugu sarreeya): ku duub meel xoogaa ka fog makarafoonka.
audio-import-done = { $locale }: { $count } duubis ayaa la soo geliyay, { $rejected } waa la diiday.
