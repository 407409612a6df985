# پیام‌های سؤال‌ها: پرسشنامه دسترسی (فارسی)

item-acc-001-prompt = بیشتر وقت‌ها از کدام دستگاه استفاده می‌کنید؟
item-acc-001-opt-a = گوشی هوشمند خودم
item-acc-001-opt-b = گوشی‌ای که با کسان دیگر مشترک استفاده می‌کنم
item-acc-001-opt-c = تبلت
item-acc-001-opt-d = کامپیوتر
item-acc-001-opt-e = دستگاهی ندارم

item-acc-002-prompt = بیشتر وقت‌ها چطور به اینترنت وصل می‌شوید؟
item-acc-002-opt-a = با وای‌فای خانه
item-acc-002-opt-b = فقط با اینترنت همراه گوشی‌ام
item-acc-002-opt-c = فقط با وای‌فای مجانی عمومی، مثلاً در کتابخانه
item-acc-002-opt-d = اینترنت ندارم

item-acc-003-prompt = آدرس ایمیل دارید؟
item-acc-003-opt-a = بله
item-acc-003-opt-b = نه
item-acc-003-opt-c = مطمئن نیستم

item-acc-004-prompt = می‌توانید به زبان مادری‌تان بخوانید؟
item-acc-004-opt-a = بله، راحت
item-acc-004-opt-b = کمی
item-acc-004-opt-c = نه

item-acc-005-prompt = وقتی از گوشی یا کامپیوتر استفاده می‌کنید، چه چیزی بیشتر به شما کمک می‌کند؟
item-acc-005-opt-a = چیز اضافه‌ای لازم ندارم، راحتم
item-acc-005-opt-b = نوشته بزرگ‌تر
item-acc-005-opt-c = شنیدن کلمه‌ها با صدای بلند
item-acc-005-opt-d = کمک یک نفر

item-acc-006-prompt = دوست دارید از خدمات ما چطور کمک بگیرید؟
item-acc-006-opt-a = حضوری
item-acc-006-opt-b = با تماس تلفنی
item-acc-006-opt-c = با پیام صوتی واتس‌اپ
item-acc-006-opt-d = با تماس تصویری
item-acc-006-opt-e = با ایمیل
