## Adaptive test replayed on recorded responses (ur, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-responses = ریکارڈ شدہ جوابات پر موافقتی ٹیسٹ دوبارہ چلائیں (جوابات کی فائل جیسے nln calibrate پڑھتا ہے، لمبی یا چوڑی): ہر شخص ٹیسٹ کے منتخب کردہ آئٹمز کا جواب اپنے ریکارڈ شدہ اسکور سے دیتا ہے، اور ٹیسٹ کی سطح کا موازنہ اس کے تمام جوابات کی سطح سے کیا جاتا ہے
cli-simulate-opt-missing = {"\u2068"}--responses{"\u2069"} کے ساتھ، جب ٹیسٹ ایسا آئٹم منتخب کرے جس کا اس شخص کا ریکارڈ شدہ جواب نہ ہو: skip (طے شدہ: اسے چھوڑ کر اگلا منتخب کریں) یا stop (اس شخص کا ٹیسٹ وہیں ختم کریں)
replay-heading = { $n ->
    [one] { $n } شخص
   *[other] { $n } افراد
} کے ریکارڈ شدہ جوابات پر موافقتی ٹیسٹ دوبارہ چلایا گیا (اوسطاً ہر ایک کے { $recorded } جوابات؛ بینک { $bank })۔
replay-agreement = ٹیسٹ کی سطح = تمام ریکارڈ شدہ جوابات کی سطح: { $exact } %؛ ایک سطح کے اندر: { $within } %؛ اس تخمینے کے مقابلے میں صلاحیت کا RMSE: { $rmse }
replay-missing-stop = { $tests ->
    [one] { $tests } ٹیسٹ
   *[other] { $tests } ٹیسٹ
} ({ $share } %) ایسے آئٹم تک پہنچے جس کا ریکارڈ شدہ جواب نہیں تھا اور وہیں ختم ہو گئے۔
replay-missing-skip = { $tests ->
    [one] { $tests } ٹیسٹ
   *[other] { $tests } ٹیسٹ
} ({ $share } %) ایسے آئٹمز تک پہنچے جن کے ریکارڈ شدہ جوابات نہیں تھے اور انہیں چھوڑ دیا (اوسطاً فی ٹیسٹ { $mean })۔
stop-missing-response = ایک آئٹم کا ریکارڈ شدہ جواب نہیں تھا
