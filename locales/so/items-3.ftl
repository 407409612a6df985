# Item messages: self-mode picture items for Foundation to NLN 2 (Soomaali, machine-drafted)

item-dev-401-prompt = Taabo astaanta aad sawir ku qaaddo.
item-dev-402-prompt = Taabo astaanta aad ku akhrido oo ku dirto fariimaha qoraalka ah.
item-dev-403-prompt = Waxaad rabtaa inaad beddesho sida taleefankaagu u shaqeeyo, tusaale ahaan codka ama luqadda. Taabo astaanta furta dejinta.
item-dev-404-prompt = Taabo badhanka aad riixdo si aad taleefanka u shiddo ama u damiso.
item-dev-405-prompt = Waxaad qortay xaraf khaldan. Taabo furaha tirtira.
item-dev-406-prompt = Waxaad rabtaa inaad fariintaada cod ku sheegto halkii aad qori lahayd. Taabo furaha loo isticmaalo arrintaas.
item-dev-407-prompt = Guriga ayaad joogtaa oo waxaad rabtaa inaad isticmaasho Wi-Fi-gaaga. Taabo badhanka shida ama damiya Wi-Fi-ga.
item-dev-408-prompt = Waa mugdi oo iftiin baad u baahan tahay. Taabo badhanka shida tooshka taleefanka.
item-com-401-prompt = Taleefanku wuu dhawaaqayaa, laakiin hadda ma hadli kartid. Taabo meesha wicitaanka lagu diido.
item-com-402-prompt = Waxaad ku jirtaa fasal onlayn ah. Taabo badhanka shida ama damiya kamaradaada.
item-com-403-prompt = Fasalkii onlaynka ahaa wuu dhammaaday. Taabo badhanka kaa saara fasalka.
item-com-404-prompt = Iimaylkan hadda uma baahnid. Taabo meesha lagu tirtiro.
item-cre-401-prompt = Kamaraddu waa diyaar. Taabo meesha sawirka lagu qaado.
item-cre-402-prompt = Sawir baad qaadday. Taabo meesha lagu arko sawirka aad hadda qaadday.
item-cre-403-prompt = Waxaad rabtaa inaad naftaada sawir ka qaaddo. Taabo badhanka kamarada rogra.
item-inf-401-prompt = Waad lumtay. Taabo badhanka khariidadda kugu tusa meesha aad hadda joogto.
item-inf-402-prompt = Maktabadda ayaad khariidadda ka heshay. Taabo badhanka ku tusa jidka aad halkaas ku tagi lahayd.
