## The irregular-profile rule in simulations (ur, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = بے قاعدہ پروفائل کا اصول: from-rest (طے شدہ: ہر بنیادی شعبہ باقی ٹیسٹ کے مقابل، شعبے کے سکیڑنے والے پرائر کے بغیر) یا pairwise (بنیادی شعبوں کا ہر جوڑا معتبر طور پر ایک سطح سے زیادہ فاصلے پر)
