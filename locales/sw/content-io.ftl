# Content limits, session files and answer input (sw). Machine-drafted.
load-error-too-big = faili ni kubwa mno au limefungamana kwa kina kirefu mno kusomeka ({ $detail })
load-error-implausible = kigezo cha IRT kiko nje ya kiwango chake kinachokubalika ({ $detail })
cli-assess-opt-force = Badilisha faili la --save hata kama si kipindi kilichohifadhiwa
assess-how-to-answer = Jibu kwa namba ya chaguo lako, kisha bonyeza Enter. 0 = Sijui. q = simama (majibu yako yanahifadhiwa).
assess-saving-to = Majibu yako yamehifadhiwa katika { $file }
assess-resume-hint = Ili kuendelea baadaye, endesha: nln assess --resume { $file }
assess-interrupted = Jaribio lilikatizwa.
assess-type-number = Andika namba moja kutoka 1 hadi { $max }, au 0 kama hujui, kisha bonyeza Enter.
assess-type-order = Andika namba kutoka 1 hadi { $max } kwa mpangilio sahihi, zikitenganishwa kwa nafasi (kwa mfano: 2 1 3), au 0 kama hujui.
error-not-regular-file = { $path } si faili la kawaida (ni kiungo, folda, bomba au kifaa), kwa hiyo halisomwi wala halibadilishwi.
error-file-too-large = { $path } ni kubwa mno kusomwa (kikomo kwa baiti: { $limit }).
error-too-many-files = { $path } lina faili nyingi mno kusomwa (kikomo: { $limit }).
error-not-a-session = { $path } tayari lipo na si kipindi kilichohifadhiwa cha jaribio hili. Chagua faili jingine, au ongeza --force ili kulibadilisha.
error-session-in-use = { $path } linatumiwa sasa na jaribio jingine linaloendelea.
error-no-saved-session = Hakuna kipindi kilichohifadhiwa kilichopatikana katika { $path }.
