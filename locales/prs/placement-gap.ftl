## The irregular-profile rule in simulations (prs, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = قاعده پروفایل نامنظم: from-rest (پیش‌فرض: هر ساحه اساسی در برابر باقی آزمون، بدون پیشین کوچک‌کننده ساحه) یا pairwise (هر جوره ساحه اساسی به‌طور معتبر بیش از یک سطح فاصله دارند)
