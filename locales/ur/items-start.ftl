# Item messages: start question of the access questionnaire — تجربہ (اردو، مشینی مسودہ)

item-acc-101-prompt = آج کل آپ فون یا کمپیوٹر کیسے استعمال کرتے ہیں؟
item-acc-101-opt-a = میں نے کبھی استعمال نہیں کیا۔
item-acc-101-opt-b = صرف جب کوئی میری مدد کرے۔
item-acc-101-opt-c = خود، کال، پیغام اور تصویروں کے لیے۔
item-acc-101-opt-d = خود، بہت سے کاموں کے لیے: ای میل، فارم، ایپس، انٹرنیٹ۔

# The access-profile field the question fills (assessor reports).
access-field-experience = آلات کے استعمال کا تجربہ
