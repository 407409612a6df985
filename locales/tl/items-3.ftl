# Item messages: self-mode picture items for Foundation to NLN 2 (Tagalog, machine-drafted)

item-dev-401-prompt = Pindutin ang icon na ginagamit sa pagkuha ng litrato.
item-dev-402-prompt = Pindutin ang icon na ginagamit sa pagbasa at pagpapadala ng text message.
item-dev-403-prompt = Gusto ninyong baguhin kung paano gumagana ang inyong telepono, halimbawa ang tunog o ang wika. Pindutin ang icon na nagbubukas ng settings.
item-dev-404-prompt = Pindutin ang button na pinipindot para buksan o patayin ang telepono.
item-dev-405-prompt = Mali ang letrang na-type ninyo. Pindutin ang key na bumubura nito.
item-dev-406-prompt = Gusto ninyong sabihin nang malakas ang mensahe sa halip na i-type ito. Pindutin ang key na ginagamit para dito.
item-dev-407-prompt = Nasa bahay kayo at gusto ninyong gamitin ang inyong Wi-Fi. Pindutin ang button na nagbubukas o nagsasara ng Wi-Fi.
item-dev-408-prompt = Madilim at kailangan ninyo ng ilaw. Pindutin ang button na nagbubukas ng flashlight ng telepono.
item-com-401-prompt = Tumutunog ang telepono, pero hindi kayo makakausap ngayon. Pindutin ang lugar kung saan tinatanggihan ang tawag.
item-com-402-prompt = Nasa online na klase kayo. Pindutin ang button na nagbubukas o nagsasara ng inyong camera.
item-com-403-prompt = Tapos na ang online na klase. Pindutin ang button na maglalabas sa inyo sa klase.
item-com-404-prompt = Hindi na ninyo kailangan ang email na ito. Pindutin ang lugar kung saan ito binubura.
item-cre-401-prompt = Handa na ang camera. Pindutin ang lugar kung saan kinukuha ang litrato.
item-cre-402-prompt = Kumuha kayo ng litrato. Pindutin ang lugar kung saan makikita ang litratong kakakuha lang ninyo.
item-cre-403-prompt = Gusto ninyong kunan ng litrato ang sarili. Pindutin ang button na nagpapaikot ng camera.
item-inf-401-prompt = Naliligaw kayo. Pindutin ang button na nagpapakita sa mapa kung nasaan kayo ngayon.
item-inf-402-prompt = Nakita ninyo ang aklatan sa mapa. Pindutin ang button na nagpapakita ng daan papunta roon.
