# Mga mensahe ng tanong: COM (Tagalog)

item-com-001-prompt = Tumutunog ang inyong telepono. I-tap kung saan sinasagot ang tawag.
item-com-001-region-decline = Ang pulang bilog na button na may telepono, sa kaliwang ibaba
item-com-001-region-answer = Ang berdeng bilog na button na may telepono, sa kanang ibaba
item-com-001-region-message = Ang speech bubble sa itaas ng pulang button
item-com-001-region-remind = Ang orasan sa itaas ng berdeng button

item-com-002-prompt = Sa WhatsApp, aling button ang pinipindot nang matagal para mag-record ng voice message?
item-com-002-opt-a = Isang mikropono.
item-com-002-opt-b = Isang camera.
item-com-002-opt-c = Isang paper clip o pang-ipit ng papel.
item-com-002-opt-d = Isang nakangiting mukha.

item-com-003-prompt = Pagsunud-sunurin ang mga larawan para magpadala ng larawan sa isang kaibigan sa WhatsApp.
item-com-003-opt-a = Piliin ang larawan.
item-com-003-opt-b = Buksan ang WhatsApp.
item-com-003-opt-c = I-tap ang berdeng arrow na Send.
item-com-003-opt-d = I-tap ang pangalan ng inyong kaibigan.
item-com-003-opt-e = I-tap ang paper clip.

item-com-004-prompt = Sa isang video call, nakikita ninyo ang button ng camera na may guhit sa gitna. Ibig sabihin, nakikita pa rin kayo ng kausap ninyo. Tama o mali?

item-com-005-prompt = Nakatanggap kayo ng email mula sa paaralan ng inyong anak. I-tap ang button para sagutin lang ang taong sumulat nito.
item-com-005-region-reply = Ang button na Reply, na may isang pakurbang arrow na nakaturo pakaliwa
item-com-005-region-reply-all = Ang button na Reply all, na may dalawang pakurbang arrow na nakaturo pakaliwa
item-com-005-region-forward = Ang button na Forward, na may arrow na nakaturo pakanan
item-com-005-region-delete = Ang button na basurahan

item-com-006-prompt = Sumulat ng email sa inyong settlement worker at i-attach ang larawan ng inyong lease. Pagkatapos, i-tap ang Send.
item-com-006-cat-0 = Hindi nagawa
item-com-006-cat-1 = Nagawa pagkatapos ng pahiwatig
item-com-006-cat-2 = Nagawa nang mag-isa

item-com-007-prompt = Magpapadala kayo ng isang email sa sampung magulang mula sa klase ng inyong anak. Hindi sila magkakakilala. Saan ninyo ilalagay ang kanilang mga address para hindi nila makita ang address ng isa't isa?
item-com-007-opt-a = Sa field na To.
item-com-007-opt-b = Sa field na Cc.
item-com-007-opt-c = Sa field na Bcc.
item-com-007-opt-d = Sa field na Subject.

item-com-008-prompt = Laging mapanganib ang mga email sa Spam folder, kaya hindi ninyo ito dapat tingnan kahit kailan. Tama o mali?

item-com-009-prompt = Nasa isang online na klase kayo. I-tap ang button na nagpapatay ng inyong mikropono.
item-com-009-region-mic = Ang button ng mikropono, sa kaliwang ibaba
item-com-009-region-camera = Ang button ng video camera
item-com-009-region-chat = Ang button na speech bubble
item-com-009-region-hand = Ang button na nakataas na kamay
item-com-009-region-leave = Ang pulang button, sa kanang ibaba

item-com-010-prompt = Pagsunud-sunurin ang mga hakbang para sumali sa inyong online na klase sa English mula sa email ng inyong guro.
item-com-010-opt-a = I-type ang inyong pangalan.
item-com-010-opt-b = I-tap ang link ng meeting.
item-com-010-opt-c = I-tap ang Join.
item-com-010-opt-d = Buksan ang email mula sa inyong guro.

item-com-011-prompt = Sa online na klase, itaas ang inyong kamay. Kapag binanggit ng guro ang pangalan ninyo, buksan ang inyong mikropono at camera.
item-com-011-cat-0 = Hindi nagawa
item-com-011-cat-1 = Nagawa pagkatapos ng pahiwatig
item-com-011-cat-2 = Nagawa nang mag-isa

item-com-012-prompt = Pinadalhan kayo ng inyong doktor ng link para sa video appointment nang 10:00. Ano ang pinakamagandang gawin?
item-com-012-opt-a = Hintaying tawagan ng doktor ang numero ng inyong telepono.
item-com-012-opt-b = Buksan ang link nang 10:15, habang nasa bus kayo.
item-com-012-opt-c = Patayin ang Wi-Fi para makatipid ng data, saka buksan ang link.
item-com-012-opt-d = Ilang minuto bago mag-10:00, pumunta sa tahimik at pribadong lugar at subukan ang link, ang camera at ang tunog.

item-com-013-prompt = Gusto ninyong ibahagi sa inyong guro ang isang file sa Google Drive. Aling button ang ita-tap ninyo?
item-com-013-opt-a = Isang tao na may plus sign, na may salitang Share.
item-com-013-opt-b = Isang basurahan, na may salitang Remove.
item-com-013-opt-c = Isang bituin, na may mga salitang Add to Starred.
item-com-013-opt-d = Isang printer, na may salitang Print.

item-com-014-prompt = Nagbahagi kayo ng link ng inyong dokumento. Naka-set ang link sa Anyone with the link can edit. Ano ang maaaring mangyari?
item-com-014-opt-a = Ang mga tao lang sa inyong contacts ang makakabukas nito.
item-com-014-opt-b = Kayo lang ang puwedeng magbago ng dokumento.
item-com-014-opt-c = Puwede itong basahin ng mga tao, pero walang makakapagbago nito.
item-com-014-opt-d = Kahit sinong makakuha ng link ay puwedeng magbago o magbura ng inyong sinulat.

item-com-015-prompt = Ibahagi ang file na Resume.docx sa inyong job counsellor, counsellor@example.org, para makapaglagay siya ng mga comment pero hindi niya mababago ang inyong sinulat.
item-com-015-cat-0 = Hindi nagawa
item-com-015-cat-1 = Nagawa pagkatapos ng pahiwatig
item-com-015-cat-2 = Nagawa nang mag-isa

item-com-016-prompt = Kayo at ang dalawang kaklase ay sumusulat ng isang shared na dokumento. Kaninang umaga, may nakabura ng inyong bahagi nang hindi sinasadya. Ano ang pinakamagandang paraan para maibalik ito?
item-com-016-opt-a = Buksan ang version history at ibalik ang inyong bahagi mula sa naunang bersyon.
item-com-016-opt-b = I-type ulit ang inyong bahagi mula sa alaala.
item-com-016-opt-c = Pindutin ang Undo sa sarili ninyong computer.
item-com-016-opt-d = Sabihin sa inyong mga kaklase na gumawa ng bagong dokumento at magsimula ulit.

item-com-017-prompt = Kayo ang namamahala sa isang shared na folder ng isang grupo ng mga volunteer sa komunidad. May mga sign-up form sa folder na may mga numero ng telepono ng mga tao. Umalis na sa grupo ang isang volunteer. Ano ang dapat ninyong gawin?
item-com-017-opt-a = Papangakuin ang volunteer na hindi na niya bubuksan ulit ang folder.
item-com-017-opt-b = Hayaan ang access, baka sakaling bumalik ang volunteer.
item-com-017-opt-c = Palitan ang pangalan ng folder para hindi ito mahanap ng volunteer.
item-com-017-opt-d = Tanggalin ang access ng volunteer, at tiyaking hindi naka-share ang folder sa Anyone with the link.

item-com-018-prompt = Kapag isinulat ninyo ang buong mensahe sa MALALAKING TITIK, maaaring magmukhang sumisigaw kayo. Tama o mali?

item-com-019-prompt = Nag-a-apply kayo ng trabaho. Aling email address ang pinakamagandang gamitin?
item-com-019-opt-a = partygirl99@hotmail.com
item-com-019-opt-b = amina.hassan@gmail.com
item-com-019-opt-c = bestcook_4ever@yahoo.com

item-com-020-prompt = Naghahanap kayo ng trabaho. Maaaring hanapin ng mga employer ang pangalan ninyo online. Ano ang pinakamagandang gawin?
item-com-020-opt-a = Hanapin ang sarili ninyong pangalan, gawing pribado ang inyong mga personal na account, at panatilihing updated ang isang propesyonal na profile.
item-com-020-opt-b = Burahin ang lahat ng inyong account at huwag gumamit ng internet hanggang makahanap kayo ng trabaho.
item-com-020-opt-c = Gumamit ng ibang pangalan sa inyong mga job application para hindi kayo mahanap ng mga employer online.
item-com-020-opt-d = Walang gagawin. Sa Canada, bawal sa mga employer na tumingin ng kahit ano online.

item-com-021-prompt = Kayo ang namamahala sa social media page ng isang organisasyong naglilingkod sa mga bagong dating. Isang kliyente ang nag-post ng pampublikong comment na may buo niyang pangalan, file number niya at reklamo tungkol sa kanyang aplikasyong tinanggihan. Ano ang pinakamagandang tugon?
item-com-021-opt-a = Sumagot nang pampubliko gamit ang mga detalye ng kanyang file, para ipakitang tumutulong kayo.
item-com-021-opt-b = Itago ang comment ayon sa pinapayagan ng inyong patakaran, at sumagot nang maikli na kokontakin ninyo siya nang pribado sa isang ligtas na paraan.
item-com-021-opt-c = Burahin ang comment at i-block siya, para hindi kumalat ang reklamo.
item-com-021-opt-d = Hayaan ang comment at huwag sumagot, dahil pinili niyang i-post ito.
