## جواب کی کلید کا توازن (اردو، مشینی مسودہ). Printed by `nln validate`; never a failure.

balance-kind-choice = انتخاب والے سوال
balance-kind-hotspot = تصویر پر چھونے والے سوال (حصوں کی فہرست)
balance-key-position = انتباہ: { $kind }: صحیح جواب جگہ { $position } پر ہے، { $observed }/{ $items } میں (متوازن: تقریباً { $expected })۔
balance-true-false = انتباہ: صحیح/غلط سوال: صحیح جواب «صحیح» ہے، { $true }/{ $items } میں (متوازن: تقریباً آدھے)۔
balance-order-as-shown = انتباہ: ترتیب والا سوال { $item }: صحیح جواب وہی ترتیب ہے جس میں قدم دکھائے جاتے ہیں، اس لیے کچھ نہ بدلنے پر بھی نمبر ملتے ہیں۔
