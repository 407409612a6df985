## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = ٹیسٹ کہاں سے شروع ہوتا ہے: fixed (سب کے لیے پہلے سوال کی ایک ہی سطح) یا access (فرضی سیکھنے والے رسائی کے سوالوں کے جواب دیتے ہیں، اور ان کے جواب آغاز طے کرتے ہیں)
