## Mga tanong: CRE, Paggawa ng nilalaman at mga dokumento (mga tanong, opsyon, lugar sa screen, kategorya ng gawain)

# cre-001
item-cre-001-prompt = Gusto ninyong kumuha ng larawan. Aling larawan ang ita-tap ninyo?
item-cre-001-opt-a = Isang sobre.
item-cre-001-opt-b = Isang hawakan ng telepono.
item-cre-001-opt-c = Isang camera.

# cre-002
item-cre-002-prompt = Handa nang kumuha ng larawan ang camera. Gusto ninyong mag-record ng video. I-tap kung saan lilipat sa video.
item-cre-002-region-shutter = Ang malaking bilog na button sa ibaba.
item-cre-002-region-video = Ang salitang Ingles na VIDEO (video), sa itaas ng malaking button.
item-cre-002-region-flip = Ang button na may dalawang paikot na arrow, para ibaling ang camera sa kabila.
item-cre-002-region-gallery = Ang maliit na larawan ng huli ninyong kuha.
item-cre-002-region-flash = Ang button na kidlat sa itaas.

# cre-003
item-cre-003-prompt = Sa karamihan ng telepono, puwede ninyong putulin ang simula ng isang video bago ninyo ito ipadala. Tama o mali?

# cre-004
item-cre-004-prompt = Gusto ninyong i-crop ang isang larawan para ang dokumento lang ninyo ang makita. Pagsunud-sunurin ang mga hakbang.
item-cre-004-opt-a = I-tap ang Edit.
item-cre-004-opt-b = I-tap ang Save.
item-cre-004-opt-c = Buksan ang larawan sa inyong Gallery.
item-cre-004-opt-d = I-tap ang Crop at galawin ang mga sulok.

# cre-005
item-cre-005-prompt = Kunan ng larawan ang practice letter na ito, i-crop ito para ang liham lang ang makita, at i-save ito.
item-cre-005-cat-0 = Hindi nagawa.
item-cre-005-cat-1 = Nagawa pagkatapos ng pahiwatig.
item-cre-005-cat-2 = Nagawa nang walang tulong.

# cre-006
item-cre-006-prompt = Handa na ang inyong résumé sa isang word processor. Gusto ng employer ng PDF file. Ano ang gagawin ninyo?
item-cre-006-opt-a = Gamitin ang File, saka ang Save as o Download, at piliin ang PDF.
item-cre-006-opt-b = Kumuha ng screenshot ng résumé at ipadala ang larawan.
item-cre-006-opt-c = Palitan ang dulo ng pangalan ng file at gawing .pdf.

# cre-007
item-cre-007-prompt = Gusto ninyong magdagdag ng table sa inyong dokumento. Pagsunud-sunurin ang mga hakbang.
item-cre-007-opt-a = I-click ang Table.
item-cre-007-opt-b = I-click sa dokumento kung saan ninyo gusto ang table.
item-cre-007-opt-c = Pumili ng 2 column at 4 na row.
item-cre-007-opt-d = I-click ang Insert tab.

# cre-008
item-cre-008-prompt = Isinusulat ninyo ang inyong résumé sa isang word processor. Gusto ninyong magkakapareho ang itsura ng lahat ng pamagat ng bahagi, tulad ng Experience at Education, at mapalitan ninyo silang lahat nang sabay sa susunod. Ano ang pinakamagandang paraan?
item-cre-008-opt-a = I-type ang bawat pamagat sa malalaking titik.
item-cre-008-opt-b = Gawing bold at mas malaki ang bawat pamagat, isa-isa.
item-cre-008-opt-c = Gamitin ang style na Heading 1 sa bawat pamagat, saka palitan ang style.
item-cre-008-opt-d = Ilagay ang bawat pamagat sa sarili nitong text box.

# cre-009
item-cre-009-prompt = Sa spreadsheet na ito, nasa mga cell B2 hanggang B8 ang inyong mga gastos para sa buwan. Aling formula ang nagbibigay ng kabuuan?
item-cre-009-opt-a = =B8-B2
item-cre-009-opt-b = =B2+B8
item-cre-009-opt-c = =COUNT(B2:B8)
item-cre-009-opt-d = =SUM(B2:B8)

# cre-010
item-cre-010-prompt = Nasa mga cell B2 hanggang B8 ang inyong mga gastos at nasa B9 ang kabuuan. Sa C2, gusto ninyong makita ang bahagi ng bawat gastos sa kabuuan, at pagkatapos ay kokopyahin ninyo ang formula pababa hanggang C8. Aling formula ang ita-type ninyo sa C2?
item-cre-010-opt-a = =B2/$B$9
item-cre-010-opt-b = =B2/B9
item-cre-010-opt-c = =$B$2/B9
item-cre-010-opt-d = =B9/B2

# cre-011
item-cre-011-prompt = Sa practice word processor na ito, gamitin ang style na Heading 1 sa tatlong pamagat ng bahagi ng résumé, saka i-download ito bilang PDF.
item-cre-011-cat-0 = Hindi nagawa.
item-cre-011-cat-1 = Nagawa pagkatapos ng pahiwatig.
item-cre-011-cat-2 = Nagawa nang walang tulong.

# cre-012
item-cre-012-prompt = Bago kayo mag-post online ng larawan ng ibang tao, dapat ninyo silang tanungin kung ayos lang ito sa kanila. Tama o mali?

# cre-013
item-cre-013-prompt = Nagbebenta kayo ng cake at gumagawa kayo ng online na patalastas. May nakita kayong larawan na may Creative Commons licence. Aling licence ang nagpapahintulot na gamitin ninyo ang larawan sa inyong patalastas kung babanggitin ninyo ang pangalan ng photographer?
item-cre-013-opt-a = CC BY-NC: Attribution, NonCommercial (hindi para sa negosyo).
item-cre-013-opt-b = CC BY: Attribution (banggitin ang gumawa).
item-cre-013-opt-c = CC BY-NC-ND: Attribution, NonCommercial, NoDerivatives (hindi puwedeng baguhin).
item-cre-013-opt-d = CC BY-ND: Attribution, NoDerivatives, na may mga presyo ninyong nakasulat sa larawan.
