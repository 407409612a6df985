# Sealed session files (the CLI's session key).
error-session-key = Haiwezekani kutumia ufunguo unaolinda vipindi vilivyohifadhiwa ({ $path }): { $reason }
error-session-key-damaged = faili la ufunguo limeharibika; lifute ili kuunda jipya (vipindi vilivyohifadhiwa kwa ufunguo wa zamani havitaweza kuendelezwa tena)
error-no-data-folder = akaunti hii ya mtumiaji haina folda ya data (weka HOME au XDG_DATA_HOME)
session-seal-hint = Kipindi kilichohifadhiwa kinaweza kuendelezwa tu bila kubadilishwa, na tu na akaunti ya mtumiaji iliyokihifadhi.
