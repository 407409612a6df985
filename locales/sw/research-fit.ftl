## Item and person fit, DIF, standard setting and plots (sw, machine-drafted). Researcher-facing: no audio clips.

cli-fit-about = Kagua jinsi vigezo vya benki vinavyolingana na data ya majibu: ulinganifu wa kipengee S-X², wastani wa miraba infit/outfit, ulinganifu wa mtu lz
cli-fit-opt-min-expected = Unganisha vikundi vya alama jumla hadi kila idadi inayotarajiwa iwe angalau hii (mincell ya mirt; 0 haiunganishi chochote)
cli-fit-opt-persons = Onyesha lz ya kila mtu badala ya jedwali la vipengee
cli-fit-opt-csv = Chapisha CSV (vipengee, au watu kwa --persons)
fit-items-header = kipengee, modeli, S-X², df, p, RMSEA, infit (z), outfit (z); * = p chini ya 0.01 au wastani wa miraba nje ya 0.7–1.3
fit-persons-header = id, theta ya EAP, lz, vipengee vilivyojibiwa; * = lz chini ya { $cut }
fit-s-x2-used = S-X² ilitumia { $persons ->
    [one] mtu { $persons } aliyejibu
   *[other] watu { $persons } waliojibu
} kila kipengee; { $skipped ->
    [one] safu { $skipped } ilikosa kipengee na iliachwa nje.
   *[other] safu { $skipped } zilikosa kipengee na ziliachwa nje.
}
fit-s-x2-none = S-X² hulinganisha vikundi vya alama jumla na inahitaji watu waliojibu kila kipengee (fomu thabiti); hakuna aliyefanya hivyo, kwa hiyo infit, outfit na lz pekee ndizo zinaonyeshwa.
fit-persons-flagged = { $flagged } kati ya { $persons ->
    [one] mtu { $persons } wana
   *[other] watu { $persons } wana
} lz chini ya { $cut } (mifumo ya majibu isiyotarajiwa; waorodheshe kwa --persons).
fit-error-min-expected = --min-expected lazima iwe nambari kuanzia 0 hadi 1000, si { $value }.

cli-dif-about = Kagua utendaji tofauti wa vipengee (DIF) kati ya vikundi vya kigezo cha mtu: Mantel–Haenszel (madaraja ya ETS A/B/C) na urejeshi wa lojistiki; alama tu, hakuna kinachofutwa
cli-dif-opt-group = Kigezo cha mtu kinachofafanua vikundi (k.m. cov_lang au cov_mode)
cli-dif-opt-focal = Kikundi lengwa (chaguo-msingi: kila kikundi isipokuwa cha rejea, ulinganisho mmoja kwa kila kimoja)
cli-dif-opt-reference = Kikundi cha rejea (chaguo-msingi: kikundi kikubwa zaidi)
cli-dif-opt-csv = Chapisha CSV (mstari mmoja kwa kila ulinganisho na kipengee)
dif-comparison = { $group }: rejea “{ $reference }”, lengwa “{ $focal }”
dif-matching-total = Watu hulinganishwa kwa alama jumla; vipengee vilivyowekewa alama katika mzunguko wa kwanza huondolewa humo (utakaso).
dif-matching-theta = Si kila mtu alijibu kila kipengee: watu hulinganishwa kwa uwezo wa EAP (matabaka kumi kwa Mantel–Haenszel).
dif-purified = Vimeondolewa kwenye alama jumla ya ulinganishaji: { $items }
dif-header = kipengee, majibu rejea/lengwa, MH delta, MH p, daraja la ETS, LR p sawa, LR p isiyo sawa, LR ΔR²; * = kimewekewa alama kwa mapitio (daraja B au C, au LR p chini ya 0.01 na ΔR² angalau 0.035)
dif-not-studied = hakijachunguzwa (kipengee cha viwango, au hakuna majibu katika kimoja cha vikundi)
dif-flagged = { $flagged ->
    [one] Kipengee { $flagged } kimewekewa alama kwa mapitio (hakijafutwa).
   *[other] Vipengee { $flagged } vimewekewa alama kwa mapitio (havijafutwa).
}
dif-error-unknown-group = Faili ya majibu haina kigezo { $group } (ina: { $known }). Faili ndefu hubeba vigezo katika safu wima cov_….
dif-error-unknown-value = Kigezo { $group } hakina kikundi “{ $value }” (kina: { $known }).
dif-error-groups = Kigezo { $group } kinahitaji angalau vikundi viwili, vyenye vikundi tofauti vya rejea na lengwa.
cli-standard-setting-about = Uwekaji viwango kwa alamisho: chapisha kijitabu cha vipengee vilivyopangwa, au geuza alamisho za jopo kuwa alama za mipaka zilizopendekezwa na faili ya viwango
cli-standard-setting-opt-bookmarks = CSV ya alamisho, safu wima panellist,level,page: ukurasa wa mwisho wa kijitabu ambao mwanafunzi aliye hasa kwenye mpaka wa kiwango hicho anaumudu
cli-standard-setting-opt-rp = Uwezekano wa jibu unaopanga kijitabu (RP67 kwa desturi)
cli-standard-setting-opt-out = Andika hapa faili ya viwango yenye mipaka iliyopendekezwa (wastani wa kati wa jopo) na chanzo chake
standard-setting-booklet-header = ukurasa, kipengee, hatua ya alama, mahali pa RP{ $rp } (θ), kiwango cha leo kwa θ hiyo
standard-setting-panel = { $panellists ->
    [one] mwanajopo { $panellists }
   *[other] wanajopo { $panellists }
}, kijitabu cha kurasa { $pages } kwa RP { $rp }.
standard-setting-cuts-header = kiwango, mpaka wa sasa, mpaka uliopendekezwa (wastani wa kati), wastani, SD, masafa katika jopo
standard-setting-written = Imeandikwa { $path } yenye { $cuts ->
    [one] mpaka { $cuts } uliopendekezwa
   *[other] mipaka { $cuts } iliyopendekezwa
} (hali: panel).
standard-setting-error-rp = --rp lazima iwe uwezekano kati ya 0 na 1, si { $value }.
standard-setting-error-level = kiwango “{ $level }” si kiwango chenye alama ya mpaka
standard-setting-error-page = ukurasa { $page } unapita ukurasa wa mwisho wa kijitabu { $pages }
standard-setting-error-empty = hakuna alamisho katika faili.
standard-setting-error-missing = mwanajopo “{ $panellist }” hana alamisho kwa kiwango { $level }; kila mwanajopo huweka alamisho kwa viwango vilevile.
standard-setting-error-decreasing = mwanajopo “{ $panellist }” ameweka kiwango cha juu kwenye ukurasa wa mapema kuliko kiwango cha chini.
standard-setting-error-order = Mipaka iliyopendekezwa, pamoja na isiyopitiwa, haipandi pamoja na viwango; hakuna kilichoandikwa.
data-error-bad-page = ukurasa “{ $value }” si nambari kamili ya 1 au zaidi
data-error-duplicate-bookmark = mwanajopo “{ $panellist }” aliweka alamisho kwa kiwango { $level } mara mbili

cli-plot-about = Chora michoro ya SVG ya benki: taarifa ya jaribio pamoja na kosa lake sanifu na mipaka ya viwango, na mikunjo ya sifa na ya taarifa ya kila kipengee
cli-plot-opt-out = Folda ya kuandikia faili za SVG (huundwa ikikosekana)
cli-plot-opt-items = Vipengee hivi tu (vitambulisho vilivyotenganishwa kwa koma; chaguo-msingi: kila kipengee chenye modeli)
plot-title-test = Taarifa ya jaribio: benki { $bank } { $version } (vipengee { $items })
plot-title-item = Kipengee { $item } ({ $model })
plot-axis-theta = θ (uwezo, logit)
plot-axis-information = Taarifa
plot-axis-se = Kosa sanifu
plot-axis-probability = Uwezekano
plot-legend-score = alama { $score }
plot-written = Michoro { $count } imeandikwa kwenye { $path }.
