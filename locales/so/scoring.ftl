# Sealed session files (the CLI's session key).
error-session-key = Lama isticmaali karo furaha ilaalisa fadhiyada la keydiyay ({ $path }): { $reason }
error-session-key-damaged = faylka furaha waa xumaaday; tirtir si mid cusub loo sameeyo (fadhiyada lagu keydiyay furihii hore lama sii wadi karo markaas)
error-no-data-folder = akoonkan isticmaalaha ma laha gal xog (deji HOME ama XDG_DATA_HOME)
session-seal-hint = Fadhi la keydiyay waxaa la sii wadi karaa oo keliya haddii aan la beddelin, oo keliya akoonka isticmaalaha ee keydiyay.
