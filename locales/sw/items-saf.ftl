## Maswali: SAF, Usalama, faragha, ustawi (maswali, chaguo, maeneo, aina za kazi)

# saf-001
item-saf-001-prompt = Simu ipi ni salama zaidi ukiipoteza?
item-saf-001-opt-a = Simu ambayo PIN yake imeandikwa kwenye kibandiko nyuma yake.
item-saf-001-opt-b = Simu inayofunguka kwa kutelezesha kidole tu.
item-saf-001-opt-c = Simu inayoomba namba ya siri (PIN) au alama ya kidole chako ili kufunguka.

# saf-002
item-saf-002-prompt = Nenosiri lipi lina nguvu zaidi?
item-saf-002-opt-a = 123456
item-saf-002-opt-b = Amina1990
item-saf-002-opt-c = river-lamp-orange-47
item-saf-002-opt-d = password

# saf-003
item-saf-003-prompt = Simu yako inaposema kwamba sasisho liko tayari, ni bora usilisakinishe kamwe. Kweli au si kweli?

# saf-004
item-saf-004-prompt = Unaishi Calgary. Unatumia simu yako ya Android na kompyuta yako ndogo ya Windows tu. Orodha hii inaonyesha mara za hivi karibuni ambazo mtu aliingia kwenye akaunti yako ya barua pepe. Gusa kuingia ambako huenda hakukuwa wewe.
item-saf-004-region-row1 = Leo, 9:12 a.m. (asubuhi), simu ya Android, Calgary, Alberta.
item-saf-004-region-row2 = Leo, 3:47 a.m. (usiku wa manane), kompyuta ya Linux isiyojulikana, Rotterdam, Uholanzi.
item-saf-004-region-row3 = Jana, 8:05 p.m. (usiku), kompyuta ndogo ya Windows, Calgary, Alberta.
item-saf-004-region-row4 = Jumatatu, 7:30 a.m. (asubuhi), simu ya Android, Calgary, Alberta.
item-saf-004-region-secure = Kitufe Secure your account (linda akaunti yako).

# saf-005
item-saf-005-prompt = Kwenye programu hii ya mazoezi ya kuhifadhi manenosiri, tengeneza nenosiri jipya lenye nguvu kwa akaunti yako ya tovuti ya shule, lihifadhi pamoja na anwani ya wavuti ya tovuti hiyo, kisha ufunge programu hiyo.
item-saf-005-cat-0 = Hakufanya.
item-saf-005-cat-1 = Alifanya baada ya kidokezo.
item-saf-005-cat-2 = Alifanya bila msaada.

# saf-006
item-saf-006-prompt = Unaweka manenosiri yako yote kwenye programu ya kuhifadhi manenosiri. Nini kinailinda vizuri zaidi?
item-saf-006-opt-a = Nenosiri kuu lililohifadhiwa kwenye kumbukumbu ndani ya simu yako.
item-saf-006-opt-b = Nenosiri kuu lilelile la barua pepe yako, ili usilisahau.
item-saf-006-opt-c = Nenosiri kuu refu ambalo hulitumii mahali pengine popote, na uthibitisho wa hatua mbili kwenye programu hiyo.
item-saf-006-opt-d = Kujifunga kwa programu kumezimwa, ili usilazimike kuandika nenosiri kuu mara kwa mara.

# saf-007
item-saf-007-prompt = Ni picha ipi usiyopaswa kuiweka mtandaoni kamwe?
item-saf-007-opt-a = Picha ya barua yenye Nambari yako ya Bima ya Jamii (SIN).
item-saf-007-opt-b = Picha ya bustani.
item-saf-007-opt-c = Picha ya chakula chako.

# saf-008
item-saf-008-prompt = Duka la mtandaoni linaomba Nambari yako ya Bima ya Jamii (SIN) ili kukuletea bidhaa ulizoagiza. Unapaswa kuitoa. Kweli au si kweli?

# saf-009
item-saf-009-prompt = Unasakinisha programu ya tochi. Inaomba kuona anwani za watu wako na mahali ulipo. Unagusa nini?
item-saf-009-opt-a = Allow: unasema ndiyo.
item-saf-009-opt-b = Don't allow: unasema hapana.
item-saf-009-opt-c = Allow all the time: unasema ndiyo kila wakati.

# saf-010
item-saf-010-prompt = Unataka programu ya ununuzi iache kuona mahali ulipo. Panga hatua kwa mpangilio sahihi.
item-saf-010-opt-a = Gusa Permissions.
item-saf-010-opt-b = Fungua Settings.
item-saf-010-opt-c = Gusa Location, kisha Don't allow.
item-saf-010-opt-d = Gusa Apps na uchague programu ya ununuzi.

# saf-011
item-saf-011-prompt = Programu ya kuhariri picha inahitaji tu picha unazochagua. Ruhusa zake ni: Picha, picha zote; Mahali, kila wakati; Anwani za watu, imeruhusiwa; Maikrofoni, imeruhusiwa. Mpangilio upi ni bora?
item-saf-011-opt-a = Ruhusu kila kitu, lakini wakati tu unapotumia programu.
item-saf-011-opt-b = Acha kila kitu kama kilivyo, kwa sababu programu ni ya bure.
item-saf-011-opt-c = Zima Picha na uache Mahali: kila wakati.
item-saf-011-opt-d = Picha: picha ulizochagua tu. Zima Mahali, Anwani za watu na Maikrofoni.

# saf-012
item-saf-012-prompt = Sikiliza simu hii: Hapa ni Canada Revenue Agency. Unadaiwa kodi. Lipa leo kwa kadi za zawadi, la sivyo polisi watakukamata. Simu hii ni nini?
item-saf-012-opt-a = Simu ya kweli kutoka polisi: unatoa anwani yako.
item-saf-012-opt-b = Simu ya kweli kutoka serikalini: unalipa kwa kadi za zawadi.
item-saf-012-opt-c = Utapeli: unakata simu.

# saf-013
item-saf-013-prompt = Benki yako ni Maple Bank, na tovuti yake ni maplebank.ca. Barua pepe hii inaonekana kama ya kweli. Gusa sehemu inayoonyesha kwamba haitoki kwa benki yako.
item-saf-013-region-logo = Nembo ya Maple Bank.
item-saf-013-region-sender = Mtumaji: alerts@maplebank.ca-secure-login.com
item-saf-013-region-greeting = Salamu: Hello Amina.
item-saf-013-region-message = Ujumbe: We noticed a new sign-in. Please review your account. (Tumeona kuingia kupya. Tafadhali kagua akaunti yako.)
item-saf-013-region-button = Kitufe Review account.

# saf-014
item-saf-014-prompt = Unapata ujumbe wa WhatsApp: Fanya kazi ukiwa nyumbani, dola 400 kwa siku, bila usaili. Tuma dola 50 kwa ajili ya vifaa vyako vya mafunzo. Hii ni nini?
item-saf-014-opt-a = Huenda ni utapeli: usilipe na usijibu.
item-saf-014-opt-b = Kazi nzuri: tuma dola 50 haraka.
item-saf-014-opt-c = Nafasi ya kazi ya kweli kutoka Job Bank.

# saf-015
item-saf-015-prompt = Msimbo wa QR ulio kwenye kibandiko katika eneo la kuegesha magari hufungua tovuti halisi ya malipo kila wakati. Kweli au si kweli?

# saf-016
item-saf-016-prompt = Simu yako inalia kutoka namba isiyojulikana. Unasikia sauti ya mwanao akilia: Nimepata ajali. Nitumie dola 2,000 kwa e-Transfer sasa hivi. Usimwambie mtu yeyote. Ni jambo gani salama zaidi kufanya?
item-saf-016-opt-a = Kata simu na umpigie mwanao kwenye namba yake ya kawaida.
item-saf-016-opt-b = Piga tena namba ile iliyokupigia, ili kuhakikisha.
item-saf-016-opt-c = Mwombe anayepiga ataje tarehe yake ya kuzaliwa.
item-saf-016-opt-d = Tuma pesa, kwa sababu kweli ni sauti yake.

# saf-017
item-saf-017-prompt = Unauza simu mtandaoni. Mnunuzi anakutumia barua pepe inayoonekana kama inatoka Interac: Malipo ya dola 300 yamezuiliwa. Yataachiliwa utakapomtumia mnunuzi dola 100 za usafirishaji. Nini ni kweli?
item-saf-017-opt-a = Lazima utume dola 100 ili kupokea dola 300.
item-saf-017-opt-b = Interac haizuii malipo kamwe hadi umlipe mtu. Barua pepe ni ya uongo: kagua kwenye programu ya benki yako.
item-saf-017-opt-c = Barua pepe ni ya kweli kwa sababu ina nembo ya Interac.
item-saf-017-opt-d = Lazima ujibu barua pepe hiyo kwa nenosiri la benki yako ili pesa ziachiliwe.

# saf-018
item-saf-018-prompt = Unataka kupunguza michezo kwenye tableti ya mtoto wako iwe saa moja kwa siku. Panga hatua kwa mpangilio sahihi.
item-saf-018-opt-a = Gusa Screen Time.
item-saf-018-opt-b = Chagua Games, weka saa 1, na gusa Add.
item-saf-018-opt-c = Fungua Settings.
item-saf-018-opt-d = Gusa App Limits, kisha Add Limit.

# saf-019
item-saf-019-prompt = Mtu anakutumia ujumbe wa matusi kwenye programu hii ya mazoezi ya mitandao ya kijamii. Mzuie mtu huyu na uripoti ujumbe huo.
item-saf-019-cat-0 = Hakufanya.
item-saf-019-cat-1 = Alifanya baada ya kidokezo.
item-saf-019-cat-2 = Alifanya bila msaada.
