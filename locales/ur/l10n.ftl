## Language choice (machine-drafted)

locale-other-script = { $requested } میں ابھی کوئی متن نہیں: { $available } کسی اور رسم الخط میں لکھی جاتی ہے۔ انگریزی دکھائی جا رہی ہے۔
