# سوالوں کے پیغامات: رسائی کا سوال نامہ (اردو)

item-acc-001-prompt = آپ سب سے زیادہ کون سا آلہ استعمال کرتے ہیں؟
item-acc-001-opt-a = اپنا اسمارٹ فون
item-acc-001-opt-b = ایسا فون جو میں دوسرے لوگوں کے ساتھ مل کر استعمال کرتا/کرتی ہوں
item-acc-001-opt-c = ٹیبلٹ
item-acc-001-opt-d = کمپیوٹر
item-acc-001-opt-e = میرے پاس کوئی آلہ نہیں

item-acc-002-prompt = آپ زیادہ تر انٹرنیٹ سے کیسے جڑتے ہیں؟
item-acc-002-opt-a = گھر کے Wi-Fi سے
item-acc-002-opt-b = صرف فون کے موبائل ڈیٹا سے
item-acc-002-opt-c = صرف مفت عوامی Wi-Fi سے، جیسے لائبریری میں
item-acc-002-opt-d = میرے پاس انٹرنیٹ نہیں

item-acc-003-prompt = کیا آپ کا ای میل ایڈریس ہے؟
item-acc-003-opt-a = ہاں
item-acc-003-opt-b = نہیں
item-acc-003-opt-c = مجھے پکا نہیں پتا

item-acc-004-prompt = کیا آپ اپنی پہلی زبان پڑھ سکتے ہیں؟
item-acc-004-opt-a = ہاں، آسانی سے
item-acc-004-opt-b = تھوڑا سا
item-acc-004-opt-c = نہیں

item-acc-005-prompt = فون یا کمپیوٹر استعمال کرتے وقت آپ کو سب سے زیادہ کس چیز سے مدد ملتی ہے؟
item-acc-005-opt-a = کچھ اضافی نہیں، میں ٹھیک ہوں
item-acc-005-opt-b = بڑی لکھائی
item-acc-005-opt-c = الفاظ اونچی آواز میں پڑھ کر سننا
item-acc-005-opt-d = کسی انسان کی مدد

item-acc-006-prompt = آپ ہماری سروسز سے مدد کس طرح لینا پسند کرتے ہیں؟
item-acc-006-opt-a = آمنے سامنے مل کر
item-acc-006-opt-b = فون کال سے
item-acc-006-opt-c = WhatsApp کے آواز والے میسج سے
item-acc-006-opt-d = ویڈیو کال سے
item-acc-006-opt-e = ای میل سے
