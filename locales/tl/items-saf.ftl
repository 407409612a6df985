## Mga tanong: SAF, Kaligtasan, pribasiya, kapakanan (mga tanong, opsyon, lugar sa screen, kategorya ng gawain)

# saf-001
item-saf-001-prompt = Aling telepono ang pinakaligtas kung mawala ninyo ito?
item-saf-001-opt-a = Teleponong nakasulat ang PIN sa sticker sa likod.
item-saf-001-opt-b = Teleponong nabubuksan sa simpleng pag-swipe lang.
item-saf-001-opt-c = Teleponong humihingi ng PIN o ng inyong fingerprint bago mabuksan.

# saf-002
item-saf-002-prompt = Aling password ang pinakamatibay?
item-saf-002-opt-a = 123456
item-saf-002-opt-b = Amina1990
item-saf-002-opt-c = river-lamp-orange-47
item-saf-002-opt-d = password

# saf-003
item-saf-003-prompt = Kapag sinabi ng inyong telepono na may update na handa na, mas mabuting huwag na itong i-install kailanman. Tama o mali?

# saf-004
item-saf-004-prompt = Nakatira kayo sa Calgary. Ang Android phone at Windows laptop lang ninyo ang ginagamit ninyo. Ipinapakita ng listahang ito ang mga huling pag-sign in sa inyong email account. I-tap ang pag-sign in na malamang ay hindi kayo.
item-saf-004-region-row1 = Ngayong araw, 9:12 a.m., Android phone, Calgary, Alberta.
item-saf-004-region-row2 = Ngayong araw, 3:47 a.m., hindi kilalang Linux computer, Rotterdam, Netherlands.
item-saf-004-region-row3 = Kahapon, 8:05 p.m., Windows laptop, Calgary, Alberta.
item-saf-004-region-row4 = Lunes, 7:30 a.m., Android phone, Calgary, Alberta.
item-saf-004-region-secure = Ang button na Secure your account.

# saf-005
item-saf-005-prompt = Sa practice password manager na ito, gumawa ng bagong matibay na password para sa account ninyo sa school portal, i-save ito kasama ang web address ng portal, saka i-lock ang password manager.
item-saf-005-cat-0 = Hindi nagawa.
item-saf-005-cat-1 = Nagawa pagkatapos ng pahiwatig.
item-saf-005-cat-2 = Nagawa nang walang tulong.

# saf-006
item-saf-006-prompt = Nasa password manager ang lahat ng inyong password. Ano ang pinakamahusay na proteksyon nito?
item-saf-006-opt-a = Master password na naka-save sa isang note sa inyong telepono.
item-saf-006-opt-b = Parehong master password ng inyong email, para hindi ninyo makalimutan.
item-saf-006-opt-c = Mahabang master password na hindi ninyo ginagamit kahit saan pa, at two-step verification sa password manager.
item-saf-006-opt-d = Nakapatay ang auto-lock, para hindi ninyo kailangang i-type nang madalas ang master password.

# saf-007
item-saf-007-prompt = Aling larawan ang hindi ninyo dapat i-post online kahit kailan?
item-saf-007-opt-a = Larawan ng liham na may inyong Social Insurance Number.
item-saf-007-opt-b = Larawan ng isang parke.
item-saf-007-opt-c = Larawan ng inyong pagkain.

# saf-008
item-saf-008-prompt = Humihingi ang isang online shop ng inyong Social Insurance Number para maipadala ang inyong order. Dapat ninyo itong ibigay. Tama o mali?

# saf-009
item-saf-009-prompt = Nag-install kayo ng flashlight app. Humihingi ito ng pahintulot na makita ang inyong contacts at lokasyon. Ano ang ita-tap ninyo?
item-saf-009-opt-a = Allow: pumapayag kayo.
item-saf-009-opt-b = Don't allow: hindi kayo pumapayag.
item-saf-009-opt-c = Allow all the time: lagi kayong pumapayag.

# saf-010
item-saf-010-prompt = Gusto ninyong hindi na makita ng isang shopping app kung nasaan kayo. Pagsunud-sunurin ang mga hakbang.
item-saf-010-opt-a = I-tap ang Permissions.
item-saf-010-opt-b = Buksan ang Settings.
item-saf-010-opt-c = I-tap ang Location, saka ang Don't allow.
item-saf-010-opt-d = I-tap ang Apps at piliin ang shopping app.

# saf-011
item-saf-011-prompt = Ang app na pang-edit ng larawan ay kailangan lang ng mga larawang pipiliin ninyo. Ito ang mga pahintulot nito: Photos, lahat ng larawan; Location, palagi; Contacts, pinapayagan; Microphone, pinapayagan. Ano ang pinakamagandang setting?
item-saf-011-opt-a = Payagan ang lahat, pero habang ginagamit lang ninyo ang app.
item-saf-011-opt-b = Hayaan ang lahat, dahil libre ang app.
item-saf-011-opt-c = Patayin ang Photos at hayaan ang Location: palagi.
item-saf-011-opt-d = Photos: mga piniling larawan lang. Patayin ang Location, Contacts at Microphone.

# saf-012
item-saf-012-prompt = Pakinggan ang tawag na ito: Ito ang Canada Revenue Agency (CRA). May utang kayong buwis. Magbayad ngayon din gamit ang gift card, kung hindi ay aarestuhin kayo ng pulis. Ano ang tawag na ito?
item-saf-012-opt-a = Totoong tawag mula sa pulis: ibibigay ninyo ang inyong address.
item-saf-012-opt-b = Totoong tawag mula sa gobyerno: magbabayad kayo gamit ang gift card.
item-saf-012-opt-c = Scam o panloloko: ibababa ninyo ang telepono.

# saf-013
item-saf-013-prompt = Maple Bank ang inyong bangko, at maplebank.ca ang website nito. Mukhang totoo ang email na ito. I-tap ang bahaging nagpapakita na hindi ito galing sa inyong bangko.
item-saf-013-region-logo = Ang logo ng Maple Bank.
item-saf-013-region-sender = Ang nagpadala: alerts@maplebank.ca-secure-login.com
item-saf-013-region-greeting = Ang bati: Hello Amina.
item-saf-013-region-message = Ang mensahe: We noticed a new sign-in. Please review your account. Ibig sabihin: may napansin kaming bagong pag-sign in, pakisuri ang inyong account.
item-saf-013-region-button = Ang button na Review account.

# saf-014
item-saf-014-prompt = Nakatanggap kayo ng mensahe sa WhatsApp: Magtrabaho sa bahay, 400 dolyar bawat araw, walang interview. Magpadala ng 50 dolyar para sa inyong training kit. Ano ito?
item-saf-014-opt-a = Malamang scam ito: huwag magbayad at huwag sumagot.
item-saf-014-opt-b = Magandang trabaho: ipadala agad ang 50 dolyar.
item-saf-014-opt-c = Totoong alok na trabaho mula sa Job Bank.

# saf-015
item-saf-015-prompt = Ang QR code sa isang sticker sa paradahan ay laging nagbubukas ng totoong website na bayaran. Tama o mali?

# saf-016
item-saf-016-prompt = Tumunog ang inyong telepono mula sa hindi kilalang numero. Naririnig ninyo ang boses ng inyong anak na lalaki, umiiyak: Naaksidente ako. Padalhan mo ako ng 2,000 dolyar sa e-Transfer ngayon din. Huwag mong sabihin kahit kanino. Ano ang pinakaligtas na gawin?
item-saf-016-opt-a = Ibaba ang telepono at tawagan ang inyong anak sa karaniwan niyang numero.
item-saf-016-opt-b = Tawagan pabalik ang numerong kakatawag lang sa inyo, para makasiguro.
item-saf-016-opt-c = Hilingin sa tumatawag na sabihin ang kanyang petsa ng kapanganakan.
item-saf-016-opt-d = Ipadala ang pera, dahil boses talaga niya iyon.

# saf-017
item-saf-017-prompt = Nagbebenta kayo ng telepono online. Pinadalhan kayo ng bumibili ng email na mukhang galing sa Interac: Naka-hold ang bayad na 300 dolyar. Ire-release ito kapag pinadalhan ninyo ang bumibili ng 100 dolyar para sa shipping o pagpapadala. Ano ang totoo?
item-saf-017-opt-a = Kailangan ninyong ipadala ang 100 dolyar para matanggap ang 300 dolyar.
item-saf-017-opt-b = Hindi kailanman hinohold ng Interac ang bayad hanggang magbayad kayo sa ibang tao. Peke ang email: tingnan sa inyong bank app.
item-saf-017-opt-c = Totoo ang email dahil may logo ito ng Interac.
item-saf-017-opt-d = Kailangan ninyong sagutin ang email gamit ang password ng inyong bangko para ma-release ang pera.

# saf-018
item-saf-018-prompt = Gusto ninyong limitahan sa isang oras bawat araw ang mga laro sa tablet ng inyong anak. Pagsunud-sunurin ang mga hakbang.
item-saf-018-opt-a = I-tap ang Screen Time.
item-saf-018-opt-b = Piliin ang Games, ilagay ang 1 hour, at i-tap ang Add.
item-saf-018-opt-c = Buksan ang Settings.
item-saf-018-opt-d = I-tap ang App Limits, saka ang Add Limit.

# saf-019
item-saf-019-prompt = May nagpapadala sa inyo ng mga mensaheng nang-iinsulto sa practice social media app na ito. I-block ang taong ito at i-report ang mga mensahe.
item-saf-019-cat-0 = Hindi nagawa.
item-saf-019-cat-1 = Nagawa pagkatapos ng pahiwatig.
item-saf-019-cat-2 = Nagawa nang walang tulong.
