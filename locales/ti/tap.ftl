### ብዙሕ ስክሪን ዘለዎም ሕቶታት (ትግርኛ፡ machine-drafted)

# audience: learner
assess-tap-through-hint = ነቲ ስክሪን ተንክፉ፡ ወይ ካብቲ ዝርዝር ሓደ ቦታ ምረጹ። ነፍሲ ወከፍ ቅኑዕ ቦታ ነቲ ዝቕጽል ስክሪን ይኸፍቶ።
assess-tap-screen = ስክሪን { $number } ካብ { $count }
response-error-bad-path = ንሕቶ { $item } ዝተመዝገቡ ምንካፋት ምስ ስክሪናቱ ኣይሰማምዑን።
session-error-bad-taps = ኣብ ሕቶ { $item } ዝተዓቀቡ ምንካፋት ብስክሪናቱ ኣይሓልፉን።
# audience: learner
web-tap-through-hint = ነቲ ዕማም ኣብ ተሌፎን ግበሩዎ፡ ኣብ ነፍሲ ወከፍ ስክሪን ነቲ ቅኑዕ ቦታ ተንክፉ።
