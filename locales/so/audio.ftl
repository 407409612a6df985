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
