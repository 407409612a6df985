# Item messages: Items for Foundation to NLN 2, carried by audio (Soomaali, machine-drafted)

item-dev-101-prompt = Si codka loo kordhiyo, waxaad riixdaa badhan ku yaal dhinaca taleefanka. Run mise been?

item-dev-102-prompt = Shaashadda taleefanku waa madow. Maxaad marka hore samaynaysaa si aad u shidto?
item-dev-102-opt-a = Taleefanka ruxo.
item-dev-102-opt-b = Riix oo hay badhanka dhinaca.
item-dev-102-opt-c = Shaashadda ku afuuf.

item-dev-103-prompt = Marka baytarigu dhammaado, taleefanku wuu sii shaqeeyaa shaan la'aan. Run mise been?

item-dev-104-prompt = Maxaad ku shubtaa taleefanka?
item-dev-104-opt-a = Dhegaha lagu dhegeysto.
item-dev-104-opt-b = Galka taleefanka.
item-dev-104-opt-c = Fiilo iyo fiish.

item-dev-105-prompt = Si aad wax uga doorato shaashadda, farta ayaad ku taabataa. Run mise been?

item-dev-106-prompt = Waxaad rabtaa inaad sawir qaaddo. Summaddee ayaad taabanaysaa?
item-dev-106-opt-a = Kamaradda.
item-dev-106-opt-b = Saacadda.
item-dev-106-opt-c = Baqshadda.

item-dev-107-prompt = Summadda taleefanka ee cagaarka ahi waxay furtaa sawiradaada. Run mise been?

item-dev-108-prompt = Waxaad rabtaa inaad aragto sawiradaada. Summaddee ayaad taabanaysaa?
item-dev-108-opt-a = Calaamad muusig.
item-dev-108-opt-b = Sawir ubax ama buur.
item-dev-108-opt-c = Xisaabiye.

item-dev-109-prompt = Badhanka guriga, ama xariiqda hoose ee shaashadda, waxay kugu celisaa shaashadda weyn. Run mise been?

item-com-101-prompt = Taleefankaagu wuu dhacayaa. Waxaad aragtaa badhan cagaar ah iyo mid guduud ah. Midkee ayaa wicitaanka ka jawaabaya?
item-com-101-opt-a = Badhanka guduudan.
item-com-101-opt-b = Midna: sug inta uu ka joogsanayo.
item-com-101-opt-c = Badhanka cagaaran.

item-com-102-prompt = Si aad wicitaan u dhammayso, waxaad taabataa badhanka cagaaran. Run mise been?

item-com-103-prompt = Qof ayaa ku soo wacaya, laakiin hadda ma hadli kartid. Maxaad taaban kartaa?
item-com-103-opt-a = Badhanka guduudan.
item-com-103-opt-b = Kamaradda.
item-com-103-opt-c = Sawirada.

item-com-104-prompt = Si aad u dhegeysato fariin cod ah, waxaad taabataa saddex-geesoodka yar ee agteeda ah. Run mise been?

item-cre-101-prompt = Kamaradda waxaad u jeedisaa ilmahaaga. Maxaad taabanaysaa si aad sawirka u qaaddo?
item-cre-101-opt-a = Badhanka taleefanka ee guduudan.
item-cre-101-opt-b = Badhanka weyn ee wareegsan.
item-cre-101-opt-c = Falaarta dib-u-noqoshada.

item-cre-102-prompt = Si sawir loo qaado, marka hore waa in taleefanka la damiyo. Run mise been?

item-dev-110-prompt = Taleefanka ayaad shiddaa. Wuxuu weydiinayaa koodh. Maxaad samaynaysaa?
item-dev-110-opt-a = Taleefanka mar kale dami.
item-dev-110-opt-b = Taleefanka ruxo.
item-dev-110-opt-c = Qor koodhkaaga PIN-ka.

item-dev-111-prompt = Quful yar oo xiran oo ku yaal shaashadda korkeeda wuxuu ka dhigan yahay in taleefanku xiran yahay. Run mise been?

item-dev-112-prompt = Waxaad ku jirtaa app, waxaadna rabtaa inaad ku noqoto shaashadda weyn. Maxaad samaynaysaa?
item-dev-112-opt-a = Taabo badhanka guriga, ama kor u mari farta adigoo ka bilaabaya hoosta.
item-dev-112-opt-b = Dami taleefanka.
item-dev-112-opt-c = Taabo kamaradda.

item-dev-113-prompt = Si app loo furo, waa in la riixaa toban ilbiriqsi. Run mise been?

item-dev-114-prompt = Lambar yar oo guduudan ayaa ku taal summadda fariimaha. Maxay ka dhigan tahay?
item-dev-114-opt-a = Taleefanku waa jaban yahay.
item-dev-114-opt-b = Waxaad haysataa fariimo cusub.
item-dev-114-opt-c = Baytarigu waa yar yahay.

item-dev-115-prompt = Kiiboodhka, furaha leh falaar iyo X wuxuu tirtiraa xarafkii ugu dambeeyay. Run mise been?

item-dev-116-prompt = Waxaad rabtaa inaad qorto xaraf weyn. Furahee ayaad marka hore taabanaysaa?
item-dev-116-opt-a = Furaha dheer ee bannaanka.
item-dev-116-opt-b = Furaha Enter.
item-dev-116-opt-c = Falaarta kor u jeeda.

item-dev-117-prompt = Markaad aragto summadda Wi-Fi ee u eg babbaaseeyaha ee shaashadda korkeeda, taleefanku xiriir ma leh. Run mise been?

item-dev-118-prompt = Summadda diyaaradda waa shidan tahay. Maxaa dhacaya?
item-dev-118-opt-a = Ma wici kartid, internetkana ma isticmaali kartid.
item-dev-118-opt-b = Taleefanka waa la shubayaa.
item-dev-118-opt-c = Codku wuu sii dheer yahay.

item-com-105-prompt = Waxaad rabtaa inaad wacdo walaashaa. Magaceeda wuxuu ku jiraa xiriirada. Maxaad samaynaysaa?
item-com-105-opt-a = Fur kamaradda oo dheh magaceeda.
item-com-105-opt-b = Fur xiriirada, taabo magaceeda, kadibna taabo summadda taleefanka.
item-com-105-opt-c = U dir sawir.

item-com-106-prompt = App-ka wada sheekaysiga, waxaad haysaa badhanka makarafoonka si aad u duubto fariin cod ah. Run mise been?

item-com-107-prompt = Fariin cod ah ayaa kuu timid. Sidee u dhegeysanaysaa?
item-com-107-opt-a = Taabo badhanka guduudan.
item-com-107-opt-b = Rogo taleefanka.
item-com-107-opt-c = Taabo saddex-geesoodka yar ee agteeda ah.

item-cre-103-prompt = App-ka kamaraddu waa Ingiriisi. Ereyga Ingiriisiga ah VIDEO (fiidiyow) wuxuu kuu oggolaanayaa inaad duubto wax dhaqaaqaya. Run mise been?

item-cre-104-prompt = Waxaad rabtaa inaad sawir isaga qaaddo. Maxaad marka hore taabanaysaa?
item-cre-104-opt-a = Falaarrada wareegsan ee kamaradda rogaya.
item-cre-104-opt-b = Calaamadda hillaacda.
item-cre-104-opt-c = Afargeesoodka yar ee sawirkaagii ugu dambeeyay.

item-dev-119-prompt = Maktabadda waxaad rabtaa Wi-Fi-ga bilaashka ah. Taleefanku wuxuu weydiinayaa erey sir ah. Xaggee ka heshaa?
item-dev-119-opt-a = Iimaylkaaga.
item-dev-119-opt-b = Weydii shaqaalaha, ama ka raadi calaamad derbiga ku taal.
item-dev-119-opt-c = Waa koodhka PIN-ka taleefankaaga.

item-dev-120-prompt = Si xarfaha shaashadda loo weyneeyo, waa in la iibsado taleefan cusub. Run mise been?

item-dev-121-prompt = Waxaad rabtaa taleefankaagu inuu noqdo luqaddaada. Xaggee u gudbaysaa?
item-dev-121-opt-a = Kamaradda.
item-dev-121-opt-b = Sawirada.
item-dev-121-opt-c = Dejinta (Settings), kadib Luqadda.

item-com-108-prompt = Wicitaanka fiidiyowga, qofka kale wuu ku arkaa marka kamaraddaadu shidan tahay. Run mise been?

item-saf-101-prompt = Qof aadan aqoon ayaa weydiinaya koodhka PIN-ka taleefankaaga. Maxaad samaynaysaa?
item-saf-101-opt-a = Ha u sheegin.
item-saf-101-opt-b = U sheeg.
item-saf-101-opt-c = Ku qor taleefanka gadaashiisa.

item-saf-102-prompt = Fariin ayaa sheegaysa inaad abaal-marin ku guulaysatay, waxayna weydiinaysaa lambarka kaarkaaga bangiga. Waa ammaan inaad dirto. Run mise been?

item-inf-101-prompt = Waxaad rabtaa inaad hesho farmashiye kuu dhow. App-kee ayaa ku caawinaya?
item-inf-101-opt-a = Xisaabiyaha.
item-inf-101-opt-b = App-ka khariidadda.
item-inf-101-opt-c = Kamaradda.
