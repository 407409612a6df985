## کیلیبریشن اور تحقیق (اردو، مشینی مسودہ)۔ محققین کے لیے: بغیر آڈیو۔

cli-calibrate-about = جوابات کے ڈیٹا سے سوالات کے پیرامیٹر کا تخمینہ (MML-EM) اور ضرورت ہو تو بینک کا کیلیبریٹ شدہ نیا ورژن لکھیں
cli-research-opt-data = جوابات کی فائل: لمبی CSV ‏(id,item,resp) یا چوڑی (ہر سوال کا ایک کالم، NA = نہیں دیا گیا)
cli-research-opt-format = فائل کی ترتیب: long یا wide (طے شدہ: ہیڈر سے پہچانی جاتی ہے)
cli-calibrate-opt-model = ہر سوال کا ماڈل: rasch، 1pl، 2pl، 3pl یا grm
cli-calibrate-opt-items-model = سوال,ماڈل سطروں والی CSV فائل جو کچھ سوالات کو دوسرا ماڈل دیتی ہے
cli-calibrate-opt-anchor = وہ بینک جس کے سوالات اپنے پیرامیٹر برقرار رکھتے ہیں (اس کے پیمانے پر مقررہ اینکر کیلیبریشن)
cli-calibrate-opt-out = نئے پیرامیٹر والا بینک، نئے کیلیبریٹ شدہ ورژن کے طور پر، اس فولڈر میں لکھیں
cli-calibrate-opt-version = لکھے گئے بینک کا ورژن (طے شدہ: اگلا چھوٹا ورژن)
cli-calibrate-opt-slope-prior = ڈھلوانوں پر اس SD کے ساتھ لاگ نارمل پرائر (مثلاً 0.5)، بکھرے ہوئے موافق ڈیٹا کے لیے
cli-calibrate-opt-no-se = معیاری غلطیاں نہ نکالیں (بڑے بینکوں کے لیے تیز)
cli-score-about = جوابات کی فائل میں ہر فرد کی صلاحیت، معیاری غلطی اور NLN سطح کا تخمینہ
cli-score-opt-csv = CSV میں دکھائیں ‏(id,theta,se,level,items)
cli-score-opt-eapsum = مقررہ فارم کے کل اسکور کے لحاظ سے EAP جدول دکھائیں (سب نے ایک ہی سوالات کے جواب دیے)
cli-export-about = محفوظ سیشنوں کے اسکور شدہ جوابات لمبی یا چوڑی CSV میں برآمد کریں
cli-export-opt-sessions = محفوظ سیشن فائلیں (JSON)
cli-export-opt-out = معیاری آؤٹ پٹ کے بجائے اس فائل میں لکھیں

calibrate-progress = EM چکر
calibrate-converged = { $cycles } چکروں کے بعد ہم آہنگ ہو گیا ({ $items } سوالات، { $persons } افراد)۔
calibrate-not-converged = { $cycles } چکروں کے بعد بھی ہم آہنگ نہیں ہوا ({ $items } سوالات، { $persons } افراد): تخمینے احتیاط سے استعمال کریں۔
calibrate-fit = لاگ لائکلی ہڈ { $loglik }، AIC { $aic }، BIC { $bic }، { $parameters } پیرامیٹر۔
calibrate-latent = پوشیدہ تقسیم: اوسط { $mean }، SD { $sd }۔
calibrate-table-header = سوال، ماڈل، ڈھلوان a (SE)، مقام b (SE)، اسیمپٹوٹ c (SE)، جوابات؛ * = اینکر
calibrate-se-method = معیاری غلطیاں: { $method }۔
calibrate-written = بینک کا ورژن { $version } ‏{ $path } میں لکھا گیا ({ $items } سوالات کیلیبریٹ ہوئے)۔
calibrate-unknown-model = نامعلوم ماڈل “{ $model }” ‏(rasch، 1pl، 2pl، 3pl یا grm)
calibrate-unknown-item = سوال “{ $item }” جوابات کی فائل میں نہیں
calibrate-out-unknown-items = کوئی بینک نہیں لکھا جا سکتا: یہ سوالات بینک { $bank } میں نہیں: { $items }
calibrate-out-invalid = کیلیبریٹ شدہ بینک لوڈ نہ ہوتا:
calibrate-error-spec-count = ماڈل جوابات کی فائل کے سوالات سے میل نہیں کھاتے۔
calibrate-error-no-data = فائل میں کوئی جواب نہیں۔
calibrate-error-no-variation = سوال { $item }: ہر جواب کا اسکور ایک جیسا ہے، تخمینے کو کچھ نہیں۔
calibrate-error-not-dichotomous = سوال { $item } کا اسکور { $score } ہے، مگر ماڈل صرف 0 اور 1 دیتا ہے (--model grm استعمال کریں)۔
calibrate-error-empty-category = سوال { $item }: کسی نے { $score } نہیں لیا؛ اسکور دوبارہ کوڈ کریں تاکہ ہر زمرہ استعمال ہو۔
calibrate-error-anchor-categories = اینکر سوال { $item } کے { $categories } زمرے ہیں، مگر ڈیٹا میں اسکور { $score } ہے۔
calibrate-error-settings = کیلیبریشن کی کوئی ترتیب حد سے باہر ہے۔
calibrate-data-item-out-of-range = سوال کا کالم حد سے باہر
calibrate-data-duplicate-item = ایک قطار میں ایک ہی سوال دو بار
calibrate-data-bad-weight = قطار کا وزن جو مثبت عدد نہیں
calibrate-data-score-too-large = بہت بڑا اسکور

data-error-csv = خراب CSV: { $reason }
data-error-empty = فائل خالی ہے
data-error-missing-column = کالم “{ $column }” موجود نہیں
data-error-duplicate-column = کالم “{ $column }” دو بار آیا ہے
data-error-no-items = سوالات کا کوئی کالم نہیں
data-error-bad-score = اسکور “{ $value }” ‏0 یا زیادہ کا پورا عدد نہیں (NA یا خالی = نہیں دیا گیا)
data-error-empty-id = خالی شناخت
data-error-duplicate-response = فرد “{ $person }” نے سوال “{ $item }” کا جواب دو بار دیا
data-error-duplicate-person = فرد “{ $person }” کی دو قطاریں ہیں
data-error-covariate-conflict = فرد “{ $person }”: متغیر { $name } بیک وقت “{ $first }” اور “{ $second }” ہے
data-error-unknown-item = سوال “{ $item }” بینک { $bank } میں نہیں یا اس کا IRT ماڈل نہیں۔

score-header = شناخت، تھیٹا، SE، NLN سطح، جواب دیے گئے سوالات ({ $method })؛ * = تلاش کی حد پر MLE
score-out-of-range = فرد { $person }، سوال { $item }: اسکور { $score } سوال کے سب سے زیادہ اسکور { $max } سے اوپر ہے۔
score-not-fixed-form = کل اسکور کے EAP جدول کو مقررہ فارم چاہیے: سب کو ایک ہی سوالات کے جواب دینے چاہییں۔
score-eapsum-header = کل اسکور، EAP تھیٹا، SD، مشاہدہ شدہ افراد، متوقع افراد

export-error-session = { $path }: محفوظ سیشن نہیں ({ $reason })
