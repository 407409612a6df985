## The irregular-profile rule in simulations (ar, machine-drafted). Researcher-facing: no audio clips.

cli-simulate-opt-profile-rule = قاعدة الملف غير المنتظم: from-rest (الافتراضية: كل مجال أساسي مقابل بقية الاختبار، دون التوزيع المسبق المُقلِّص للمجال) أو pairwise (كل زوج من المجالات الأساسية متباعد بأكثر من مستوى واحد بشكل موثوق)
