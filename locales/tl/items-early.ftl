# Item messages: Items for Foundation to NLN 2, carried by audio (Tagalog, machine-drafted)

item-dev-101-prompt = Para lumakas ang tunog, pinipindot ang button sa gilid ng telepono. Tama o mali?

item-dev-102-prompt = Itim ang screen ng telepono. Ano ang una ninyong gagawin para buksan ito?
item-dev-102-opt-a = Alugin ang telepono.
item-dev-102-opt-b = Pindutin nang matagal ang button sa gilid.
item-dev-102-opt-c = Hipan ang screen.

item-dev-103-prompt = Kapag ubos na ang baterya, gumagana pa rin ang telepono kahit walang charger. Tama o mali?

item-dev-104-prompt = Ano ang ginagamit ninyo para i-charge ang telepono?
item-dev-104-opt-a = Headphones.
item-dev-104-opt-b = Case ng telepono.
item-dev-104-opt-c = Kable at saksakan.

item-dev-105-prompt = Para pumili ng isang bagay sa screen, hinahawakan ito ng daliri. Tama o mali?

item-dev-106-prompt = Gusto ninyong kumuha ng litrato. Aling icon ang pipindutin ninyo?
item-dev-106-opt-a = Ang camera.
item-dev-106-opt-b = Ang orasan.
item-dev-106-opt-c = Ang sobre.

item-dev-107-prompt = Binubuksan ng berdeng icon ng telepono ang inyong mga litrato. Tama o mali?

item-dev-108-prompt = Gusto ninyong tingnan ang inyong mga litrato. Aling icon ang pipindutin ninyo?
item-dev-108-opt-a = Isang nota ng musika.
item-dev-108-opt-b = Larawan ng bulaklak o bundok.
item-dev-108-opt-c = Isang calculator.

item-dev-109-prompt = Ibinabalik kayo ng home button, o ng guhit sa ibaba ng screen, sa pangunahing screen. Tama o mali?

item-com-101-prompt = Tumutunog ang telepono ninyo. May berde at pulang button. Alin ang sasagot sa tawag?
item-com-101-opt-a = Ang pulang button.
item-com-101-opt-b = Wala: hintaying tumigil.
item-com-101-opt-c = Ang berdeng button.

item-com-102-prompt = Para tapusin ang tawag, pinipindot ang berdeng button. Tama o mali?

item-com-103-prompt = May tumatawag sa inyo, pero hindi kayo makakausap ngayon. Ano ang puwede ninyong pindutin?
item-com-103-opt-a = Ang pulang button.
item-com-103-opt-b = Ang camera.
item-com-103-opt-c = Ang mga litrato.

item-com-104-prompt = Para pakinggan ang voice message, pinipindot ang maliit na tatsulok sa tabi nito. Tama o mali?

item-cre-101-prompt = Itinutok ninyo ang camera sa inyong anak. Ano ang pipindutin para kumuha ng litrato?
item-cre-101-opt-a = Ang pulang button ng telepono.
item-cre-101-opt-b = Ang malaking bilog na button.
item-cre-101-opt-c = Ang arrow na pabalik.

item-cre-102-prompt = Para kumuha ng litrato, kailangan munang patayin ang telepono. Tama o mali?

item-dev-110-prompt = Binuksan ninyo ang telepono. Humihingi ito ng code. Ano ang gagawin ninyo?
item-dev-110-opt-a = Patayin ulit ang telepono.
item-dev-110-opt-b = Alugin ang telepono.
item-dev-110-opt-c = I-type ang inyong PIN.

item-dev-111-prompt = Ang maliit na saradong kandado sa itaas ng screen ay nangangahulugang naka-lock ang telepono. Tama o mali?

item-dev-112-prompt = Nasa isang app kayo at gusto ninyong bumalik sa pangunahing screen. Ano ang gagawin ninyo?
item-dev-112-opt-a = Pindutin ang home button, o mag-swipe pataas mula sa ibaba.
item-dev-112-opt-b = Patayin ang telepono.
item-dev-112-opt-c = Pindutin ang camera.

item-dev-113-prompt = Para buksan ang isang app, kailangan itong pindutin nang sampung segundo. Tama o mali?

item-dev-114-prompt = May maliit na pulang numero sa icon ng mensahe. Ano ang ibig sabihin nito?
item-dev-114-opt-a = Sira ang telepono.
item-dev-114-opt-b = May bago kayong mga mensahe.
item-dev-114-opt-c = Mahina na ang baterya.

item-dev-115-prompt = Sa keyboard, binubura ng key na may arrow at X ang huling titik. Tama o mali?

item-dev-116-prompt = Gusto ninyong mag-type ng malaking titik. Aling key ang una ninyong pipindutin?
item-dev-116-opt-a = Ang mahabang space key.
item-dev-116-opt-b = Ang enter key.
item-dev-116-opt-c = Ang arrow na nakaturo pataas.

item-dev-117-prompt = Kapag nakita ninyo ang hugis-pamaypay na icon ng Wi-Fi sa itaas ng screen, walang koneksyon ang telepono. Tama o mali?

item-dev-118-prompt = Naka-on ang icon ng eroplano. Ano ang nangyayari?
item-dev-118-opt-a = Hindi kayo makakatawag o makakagamit ng internet.
item-dev-118-opt-b = Nagcha-charge ang telepono.
item-dev-118-opt-c = Mas malakas ang tunog.

item-com-105-prompt = Gusto ninyong tawagan ang kapatid ninyong babae. Nasa contacts ang pangalan niya. Ano ang gagawin ninyo?
item-com-105-opt-a = Buksan ang camera at sabihin ang pangalan niya.
item-com-105-opt-b = Buksan ang contacts, pindutin ang pangalan niya, saka ang icon ng telepono.
item-com-105-opt-c = Padalhan siya ng litrato.

item-com-106-prompt = Sa chat app, pinipindot nang matagal ang button ng mikropono para mag-record ng voice message. Tama o mali?

item-com-107-prompt = May dumating na voice message. Paano ninyo ito pakikinggan?
item-com-107-opt-a = Pindutin ang pulang button.
item-com-107-opt-b = Baligtarin ang telepono.
item-com-107-opt-c = Pindutin ang maliit na tatsulok sa tabi nito.

item-cre-103-prompt = Nasa Ingles ang camera app. Ang salitang Ingles na VIDEO (video) ay para kumuha ng gumagalaw na bagay. Tama o mali?

item-cre-104-prompt = Gusto ninyong kunan ng litrato ang sarili. Ano ang una ninyong pipindutin?
item-cre-104-opt-a = Ang paikot na mga arrow na nagpapaikot sa camera.
item-cre-104-opt-b = Ang kidlat.
item-cre-104-opt-c = Ang maliit na parisukat na may huling litrato.

item-dev-119-prompt = Sa aklatan, gusto ninyo ang libreng Wi-Fi. Humihingi ng password ang telepono. Saan ito makikita?
item-dev-119-opt-a = Sa inyong email.
item-dev-119-opt-b = Magtanong sa staff, o hanapin ang karatula sa dingding.
item-dev-119-opt-c = Ito ang PIN ng inyong telepono.

item-dev-120-prompt = Para lumaki ang mga titik sa screen, kailangang bumili ng bagong telepono. Tama o mali?

item-dev-121-prompt = Gusto ninyong nasa sariling wika ang telepono. Saan kayo pupunta?
item-dev-121-opt-a = Camera.
item-dev-121-opt-b = Photos.
item-dev-121-opt-c = Settings, saka Language.

item-com-108-prompt = Sa video call, nakikita kayo ng kausap kapag naka-on ang inyong camera. Tama o mali?

item-saf-101-prompt = Hinihingi ng taong hindi ninyo kilala ang PIN ng inyong telepono. Ano ang gagawin ninyo?
item-saf-101-opt-a = Huwag itong sabihin.
item-saf-101-opt-b = Sabihin ito.
item-saf-101-opt-c = Isulat ito sa likod ng telepono.

item-saf-102-prompt = Sabi ng isang mensahe, nanalo kayo ng premyo, at hinihingi ang numero ng inyong bank card. Ligtas itong ipadala. Tama o mali?

item-inf-101-prompt = Gusto ninyong maghanap ng botika na malapit. Aling app ang makakatulong?
item-inf-101-opt-a = Ang calculator.
item-inf-101-opt-b = Ang app ng mapa.
item-inf-101-opt-c = Ang camera.
