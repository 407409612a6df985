## Maswali: CRE, Kutengeneza maudhui na nyaraka (maswali, chaguo, maeneo, aina za kazi)

# cre-001
item-cre-001-prompt = Unataka kupiga picha. Unagusa picha ipi?
item-cre-001-opt-a = Bahasha.
item-cre-001-opt-b = Mkono wa simu.
item-cre-001-opt-c = Kamera.

# cre-002
item-cre-002-prompt = Kamera iko tayari kupiga picha. Unataka kurekodi video. Gusa mahali unapobadilisha kwenda video.
item-cre-002-region-shutter = Kitufe kikubwa cha duara kilicho chini.
item-cre-002-region-video = Neno la Kiingereza VIDEO (video), juu ya kitufe kikubwa.
item-cre-002-region-flip = Kitufe chenye mishale miwili ya duara, cha kugeuza kamera.
item-cre-002-region-gallery = Picha ndogo ya picha yako ya mwisho.
item-cre-002-region-flash = Kitufe cha radi kilicho juu.

# cre-003
item-cre-003-prompt = Kwenye simu nyingi, unaweza kukata mwanzo wa video kabla ya kuituma. Kweli au si kweli?

# cre-004
item-cre-004-prompt = Unataka kupunguza picha ili ionyeshe hati yako tu. Panga hatua kwa mpangilio sahihi.
item-cre-004-opt-a = Gusa Edit.
item-cre-004-opt-b = Gusa Save.
item-cre-004-opt-c = Fungua picha kwenye Gallery yako.
item-cre-004-opt-d = Gusa Crop na usogeze pembe.

# cre-005
item-cre-005-prompt = Piga picha ya barua hii ya mazoezi, ipunguze ili barua tu ionekane, na uihifadhi.
item-cre-005-cat-0 = Hakufanya.
item-cre-005-cat-1 = Alifanya baada ya kidokezo.
item-cre-005-cat-2 = Alifanya bila msaada.

# cre-006
item-cre-006-prompt = Wasifu wako wa kazi (CV) uko tayari kwenye programu ya kuandika. Mwajiri anataka faili ya PDF. Unafanya nini?
item-cre-006-opt-a = Tumia File, kisha Save as au Download, na uchague PDF.
item-cre-006-opt-b = Piga picha ya skrini ya wasifu na utume picha hiyo.
item-cre-006-opt-c = Badilisha mwisho wa jina la faili kuwa .pdf.

# cre-007
item-cre-007-prompt = Unataka kuongeza jedwali kwenye hati yako. Panga hatua kwa mpangilio sahihi.
item-cre-007-opt-a = Bofya Table.
item-cre-007-opt-b = Bofya mahali kwenye hati unapotaka jedwali.
item-cre-007-opt-c = Chagua safu wima 2 na mistari 4.
item-cre-007-opt-d = Bofya kichupo cha Insert.

# cre-008
item-cre-008-prompt = Unaandika wasifu wako wa kazi kwenye programu ya kuandika. Unataka vichwa vyote vya sehemu, kama Experience na Education, vionekane sawa, na uweze kuvibadilisha vyote kwa pamoja baadaye. Njia ipi ni bora?
item-cre-008-opt-a = Andika kila kichwa kwa herufi kubwa.
item-cre-008-opt-b = Fanya kila kichwa kiwe kizito na kikubwa zaidi, kimoja kimoja.
item-cre-008-opt-c = Weka mtindo wa Heading 1 kwenye kila kichwa, kisha ubadilishe mtindo huo.
item-cre-008-opt-d = Weka kila kichwa ndani ya kisanduku chake cha maandishi.

# cre-009
item-cre-009-prompt = Kwenye jedwali hili la hesabu, gharama zako za mwezi ziko kwenye visanduku B2 hadi B8. Fomula ipi inatoa jumla?
item-cre-009-opt-a = =B8-B2
item-cre-009-opt-b = =B2+B8
item-cre-009-opt-c = =COUNT(B2:B8)
item-cre-009-opt-d = =SUM(B2:B8)

# cre-010
item-cre-010-prompt = Gharama zako ziko kwenye visanduku B2 hadi B8 na jumla iko kwenye B9. Kwenye C2 unataka sehemu ya kila gharama katika jumla, kisha utanakili fomula kwenda chini hadi C8. Unaandika fomula ipi kwenye C2?
item-cre-010-opt-a = =B2/$B$9
item-cre-010-opt-b = =B2/B9
item-cre-010-opt-c = =$B$2/B9
item-cre-010-opt-d = =B9/B2

# cre-011
item-cre-011-prompt = Kwenye programu hii ya mazoezi ya kuandika, weka mtindo wa Heading 1 kwenye vichwa vitatu vya sehemu za wasifu wa kazi, kisha uipakue kama PDF.
item-cre-011-cat-0 = Hakufanya.
item-cre-011-cat-1 = Alifanya baada ya kidokezo.
item-cre-011-cat-2 = Alifanya bila msaada.

# cre-012
item-cre-012-prompt = Kabla ya kuweka mtandaoni picha ya watu wengine, unapaswa kuwauliza kama wanakubali. Kweli au si kweli?

# cre-013
item-cre-013-prompt = Unauza keki na unatengeneza tangazo la mtandaoni. Unapata picha yenye leseni ya Creative Commons. Leseni ipi inakuruhusu kutumia picha hiyo kwenye tangazo lako ukitaja jina la mpiga picha?
item-cre-013-opt-a = CC BY-NC: Attribution, NonCommercial (si kwa biashara).
item-cre-013-opt-b = CC BY: Attribution (kutaja mwenye kazi).
item-cre-013-opt-c = CC BY-NC-ND: Attribution, NonCommercial, NoDerivatives (bila kubadilisha).
item-cre-013-opt-d = CC BY-ND: Attribution, NoDerivatives, huku bei zako zikiwa zimeandikwa juu ya picha.
