## The irregular-profile rule in simulations (fa, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = قاعده نیمرخ نامنظم: from-rest (پیش‌فرض: هر حوزه اصلی در برابر بقیه آزمون، بدون پیشین کوچک‌کننده حوزه) یا pairwise (هر جفت حوزه اصلی به‌طور معتبر بیش از یک سطح فاصله دارند)
