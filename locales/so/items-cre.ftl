## Su'aalaha: CRE, Samaynta waxyaabo iyo dukumentiyo (su'aalaha, doorashooyinka, meelaha, qaybaha hawlaha)

# cre-001
item-cre-001-prompt = Waxaad rabtaa inaad sawir qaaddo. Sawirkee taabanaysaa?
item-cre-001-opt-a = Baqshad warqadeed.
item-cre-001-opt-b = Taleefan gacmeed (handset).
item-cre-001-opt-c = Kamarad.

# cre-002
item-cre-002-prompt = Kamaraddu diyaar bay u tahay inay sawirro qaaddo. Waxaad rabtaa inaad fiidiyow duubto. Taabo meesha aad ugu beddesho fiidiyowga.
item-cre-002-region-shutter = Badhanka weyn ee wareegsan ee hoose.
item-cre-002-region-video = Ereyga Ingiriisiga ah VIDEO (fiidiyow), ee ka sarreeya badhanka weyn.
item-cre-002-region-flip = Badhanka leh laba fallaarood oo wareegsan, si kamaradda loo rogo.
item-cre-002-region-gallery = Sawirka yar ee sawirkaagii ugu dambeeyey.
item-cre-002-region-flash = Badhanka hillaaca ee korka.

# cre-003
item-cre-003-prompt = Taleefannada badankood, waxaad jari kartaa bilowga fiidiyow ka hor intaadan dirin. Run mise been?

# cre-004
item-cre-004-prompt = Waxaad rabtaa inaad sawir jarto si uu u muujiyo dukumentigaaga oo keliya. Tallaabooyinka u kala horreysii.
item-cre-004-opt-a = Taabo Edit.
item-cre-004-opt-b = Taabo Save.
item-cre-004-opt-c = Sawirka ka fur Gallery-gaaga.
item-cre-004-opt-d = Taabo Crop oo dhaqaaji geesaha.

# cre-005
item-cre-005-prompt = Sawir ka qaad warqaddan tababarka, jar si warqadda oo keliya u muuqato, kadib kaydi.
item-cre-005-cat-0 = Lama samayn.
item-cre-005-cat-1 = Waa la sameeyey tilmaan kadib.
item-cre-005-cat-2 = Waa la sameeyey caawimaad la'aan.

# cre-006
item-cre-006-prompt = CV-gaaga (résumé) wuxuu diyaar ku yahay barnaamij qoraal (word processor). Loo-shaqeeyuhu wuxuu rabaa fayl PDF ah. Maxaad samaynaysaa?
item-cre-006-opt-a = Isticmaal File, kadib Save as ama Download, oo dooro PDF.
item-cre-006-opt-b = Sawir ka qaad shaashadda CV-ga oo dir sawirka.
item-cre-006-opt-c = Dhammaadka magaca faylka u beddel .pdf.

# cre-007
item-cre-007-prompt = Waxaad rabtaa inaad shax (table) ku darto dukumentigaaga. Tallaabooyinka u kala horreysii.
item-cre-007-opt-a = Guji Table.
item-cre-007-opt-b = Guji meesha dukumentiga ee aad rabto in shaxdu gasho.
item-cre-007-opt-c = Dooro 2 tiir iyo 4 saf.
item-cre-007-opt-d = Guji tab-ka Insert.

# cre-008
item-cre-008-prompt = CV-gaaga waxaad ku qoraysaa barnaamij qoraal. Waxaad rabtaa in dhammaan cinwaannada qaybaha, sida Experience iyo Education, ay isku muuqaal noqdaan, oo mar dambe aad hal mar wada beddeli karto. Waa maxay habka ugu fiican?
item-cre-008-opt-a = Cinwaan kasta ku qor xarafo waaweyn.
item-cre-008-opt-b = Cinwaan kasta ka dhig mid madow (bold) oo weyn, mid-mid.
item-cre-008-opt-c = Cinwaan kasta ku dabaq qaabka Heading 1, kadib beddel qaabka.
item-cre-008-opt-d = Cinwaan kasta geli sanduuq qoraal oo u gaar ah.

# cre-009
item-cre-009-prompt = Xaashidan xisaabta (spreadsheet), kharashyadaada bisha waxay ku jiraan unugyada B2 ilaa B8. Qaaciddadee ayaa bixisa wadarta?
item-cre-009-opt-a = =B8-B2
item-cre-009-opt-b = =B2+B8
item-cre-009-opt-c = =COUNT(B2:B8)
item-cre-009-opt-d = =SUM(B2:B8)

# cre-010
item-cre-010-prompt = Kharashyadaadu waxay ku jiraan unugyada B2 ilaa B8, wadartuna waxay ku jirtaa B9. C2 waxaad rabtaa qaybta kharash kasta ka leeyahay wadarta, kadibna qaaciddada hoos ayaad ugu koobiyeyn doontaa ilaa C8. Qaaciddadee ku qoraysaa C2?
item-cre-010-opt-a = =B2/$B$9
item-cre-010-opt-b = =B2/B9
item-cre-010-opt-c = =$B$2/B9
item-cre-010-opt-d = =B9/B2

# cre-011
item-cre-011-prompt = Barnaamijkan qoraalka ee tababarka, ku dabaq qaabka Heading 1 saddexda cinwaan ee qaybaha CV-ga, kadib u soo deji PDF ahaan.
item-cre-011-cat-0 = Lama samayn.
item-cre-011-cat-1 = Waa la sameeyey tilmaan kadib.
item-cre-011-cat-2 = Waa la sameeyey caawimaad la'aan.

# cre-012
item-cre-012-prompt = Ka hor intaadan internetka dhigin sawir dad kale ah, waa inaad weydiisaa haddii ay ku raacsan yihiin. Run mise been?

# cre-013
item-cre-013-prompt = Waxaad iibisaa keeg, waxaadna samaynaysaa xayeysiis internet. Waxaad heshay sawir leh rukhsadda Creative Commons. Rukhsaddee ayaa kuu oggolaanaysa inaad sawirka ku isticmaasho xayeysiiskaaga haddii aad sheegto magaca sawir-qaadaha?
item-cre-013-opt-a = CC BY-NC: Attribution, NonCommercial (sheeg magaca, ganacsi maaha).
item-cre-013-opt-b = CC BY: Attribution (sheeg magaca).
item-cre-013-opt-c = CC BY-NC-ND: Attribution, NonCommercial, NoDerivatives (sheeg magaca, ganacsi maaha, wax laga beddelo maaha).
item-cre-013-opt-d = CC BY-ND: Attribution, NoDerivatives (sheeg magaca, wax laga beddelo maaha), iyadoo qiimahaagu ku qoran yahay sawirka.
