### کئی اسکرینوں والے سوال (اردو، machine-drafted)

# audience: learner
assess-tap-through-hint = اسکرین کو چھوئیں، یا فہرست سے کوئی جگہ چنیں۔ ہر درست جگہ اگلی اسکرین کھولتی ہے۔
assess-tap-screen = اسکرین { $number } / { $count }
response-error-bad-path = سوال { $item } کے لیے محفوظ چھونے اس کی اسکرینوں کے مطابق نہیں۔
session-error-bad-taps = سوال { $item } پر محفوظ چھونے اس کی اسکرینوں سے نہیں گزرتے۔
# audience: learner
web-tap-through-hint = فون پر کام کریں: ہر اسکرین پر درست جگہ کو چھوئیں۔
