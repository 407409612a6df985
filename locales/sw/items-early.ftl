# Item messages: Items for Foundation to NLN 2, carried by audio (Kiswahili, machine-drafted)

item-dev-101-prompt = Ili kuongeza sauti, unabonyeza kitufe kilicho pembeni mwa simu. Kweli au si kweli?

item-dev-102-prompt = Skrini ya simu ni nyeusi. Unafanya nini kwanza ili kuiwasha?
item-dev-102-opt-a = Kutikisa simu.
item-dev-102-opt-b = Kubonyeza na kushikilia kitufe cha pembeni.
item-dev-102-opt-c = Kupuliza skrini.

item-dev-103-prompt = Betri ikiisha, simu inaendelea kufanya kazi bila chaja. Kweli au si kweli?

item-dev-104-prompt = Unatumia nini kuchaji simu?
item-dev-104-opt-a = Vipokea sauti.
item-dev-104-opt-b = Kasha la simu.
item-dev-104-opt-c = Waya na plagi.

item-dev-105-prompt = Ili kuchagua kitu kwenye skrini, unakigusa kwa kidole. Kweli au si kweli?

item-dev-106-prompt = Unataka kupiga picha. Unagusa ikoni ipi?
item-dev-106-opt-a = Kamera.
item-dev-106-opt-b = Saa.
item-dev-106-opt-c = Bahasha.

item-dev-107-prompt = Ikoni ya kijani ya simu inafungua picha zako. Kweli au si kweli?

item-dev-108-prompt = Unataka kuangalia picha zako. Unagusa ikoni ipi?
item-dev-108-opt-a = Noti ya muziki.
item-dev-108-opt-b = Picha ya ua au mlima.
item-dev-108-opt-c = Kikokotoo.

item-dev-109-prompt = Kitufe cha mwanzo, au mstari ulio chini ya skrini, kinakurudisha kwenye skrini kuu. Kweli au si kweli?

item-com-101-prompt = Simu yako inalia. Unaona kitufe cha kijani na kitufe chekundu. Kipi kinapokea simu?
item-com-101-opt-a = Kitufe chekundu.
item-com-101-opt-b = Hakuna: subiri hadi ikome.
item-com-101-opt-c = Kitufe cha kijani.

item-com-102-prompt = Ili kukata simu, unagusa kitufe cha kijani. Kweli au si kweli?

item-com-103-prompt = Mtu anakupigia simu, lakini huwezi kuongea sasa. Unaweza kugusa nini?
item-com-103-opt-a = Kitufe chekundu.
item-com-103-opt-b = Kamera.
item-com-103-opt-c = Picha.

item-com-104-prompt = Ili kusikiliza ujumbe wa sauti, unagusa pembetatu ndogo iliyo kando yake. Kweli au si kweli?

item-cre-101-prompt = Unaelekeza kamera kwa mtoto wako. Unagusa nini ili kupiga picha?
item-cre-101-opt-a = Kitufe chekundu cha simu.
item-cre-101-opt-b = Kitufe kikubwa cha duara.
item-cre-101-opt-c = Mshale wa kurudi nyuma.

item-cre-102-prompt = Ili kupiga picha, lazima uzime simu kwanza. Kweli au si kweli?

item-dev-110-prompt = Unawasha simu yako. Inaomba namba ya siri. Unafanya nini?
item-dev-110-opt-a = Kuzima simu tena.
item-dev-110-opt-b = Kutikisa simu.
item-dev-110-opt-c = Kuandika PIN yako.

item-dev-111-prompt = Kufuli dogo lililofungwa juu ya skrini linamaanisha simu imefungwa. Kweli au si kweli?

item-dev-112-prompt = Uko ndani ya programu na unataka kurudi kwenye skrini kuu. Unafanya nini?
item-dev-112-opt-a = Kugusa kitufe cha mwanzo, au kutelezesha juu kutoka chini.
item-dev-112-opt-b = Kuzima simu.
item-dev-112-opt-c = Kugusa kamera.

item-dev-113-prompt = Ili kufungua programu, lazima uibonyeze kwa sekunde kumi. Kweli au si kweli?

item-dev-114-prompt = Namba ndogo nyekundu iko kwenye ikoni ya ujumbe. Inamaanisha nini?
item-dev-114-opt-a = Simu imeharibika.
item-dev-114-opt-b = Una ujumbe mpya.
item-dev-114-opt-c = Betri iko chini.

item-dev-115-prompt = Kwenye kibodi, kitufe chenye mshale na X kinafuta herufi ya mwisho. Kweli au si kweli?

item-dev-116-prompt = Unataka kuandika herufi kubwa. Unagusa kitufe gani kwanza?
item-dev-116-opt-a = Kitufe kirefu cha nafasi.
item-dev-116-opt-b = Kitufe cha Enter.
item-dev-116-opt-c = Mshale unaoelekea juu.

item-dev-117-prompt = Unapoona ikoni ya Wi-Fi yenye umbo la pepeo juu ya skrini, simu haina muunganisho. Kweli au si kweli?

item-dev-118-prompt = Ikoni ya ndege imewashwa. Nini kinatokea?
item-dev-118-opt-a = Huwezi kupiga simu wala kutumia intaneti.
item-dev-118-opt-b = Simu inachaji.
item-dev-118-opt-c = Sauti iko juu zaidi.

item-com-105-prompt = Unataka kumpigia dada yako. Jina lake liko kwenye anwani. Unafanya nini?
item-com-105-opt-a = Kufungua kamera na kusema jina lake.
item-com-105-opt-b = Kufungua anwani, kugusa jina lake, kisha ikoni ya simu.
item-com-105-opt-c = Kumtumia picha.

item-com-106-prompt = Kwenye programu ya gumzo, unashikilia kitufe cha maikrofoni ili kurekodi ujumbe wa sauti. Kweli au si kweli?

item-com-107-prompt = Unapokea ujumbe wa sauti. Unausikilizaje?
item-com-107-opt-a = Kugusa kitufe chekundu.
item-com-107-opt-b = Kugeuza simu.
item-com-107-opt-c = Kugusa pembetatu ndogo iliyo kando yake.

item-cre-103-prompt = Programu ya kamera iko kwa Kiingereza. Neno la Kiingereza VIDEO (video) linakuwezesha kurekodi kitu kinachotembea. Kweli au si kweli?

item-cre-104-prompt = Unataka kujipiga picha. Unagusa nini kwanza?
item-cre-104-opt-a = Mishale ya duara inayogeuza kamera.
item-cre-104-opt-b = Alama ya radi.
item-cre-104-opt-c = Mraba mdogo wenye picha yako ya mwisho.

item-dev-119-prompt = Maktabani unataka Wi-Fi ya bure. Simu inaomba nenosiri. Unalipata wapi?
item-dev-119-opt-a = Kwenye barua pepe yako.
item-dev-119-opt-b = Kuwauliza wafanyakazi, au kutafuta tangazo ukutani.
item-dev-119-opt-c = Ni PIN ya simu yako.

item-dev-120-prompt = Ili kukuza herufi kwenye skrini, lazima ununue simu mpya. Kweli au si kweli?

item-dev-121-prompt = Unataka simu yako iwe kwa lugha yako. Unaenda wapi?
item-dev-121-opt-a = Kamera.
item-dev-121-opt-b = Picha.
item-dev-121-opt-c = Mipangilio, kisha Lugha.

item-com-108-prompt = Kwenye simu ya video, mtu mwingine anakuona kamera yako ikiwa imewashwa. Kweli au si kweli?

item-saf-101-prompt = Mtu usiyemjua anaomba PIN ya simu yako. Unafanya nini?
item-saf-101-opt-a = Humwambii.
item-saf-101-opt-b = Unamwambia.
item-saf-101-opt-c = Unaiandika nyuma ya simu.

item-saf-102-prompt = Ujumbe unasema umeshinda zawadi na unaomba namba ya kadi yako ya benki. Ni salama kuituma. Kweli au si kweli?

item-inf-101-prompt = Unataka kupata duka la dawa karibu nawe. Programu ipi inakusaidia?
item-inf-101-opt-a = Kikokotoo.
item-inf-101-opt-b = Programu ya ramani.
item-inf-101-opt-c = Kamera.
