# تصویریں: assessments/images/ کے لیے `nln validate` کی جانچ اور جائزہ شیٹس (مصنفین اور جائزہ کاروں کے لیے)۔
cli-validate-opt-contact-sheets = ہر شعبے کے لیے ایک جائزہ شیٹ (SVG: ہر تصویر اپنے سوالات کی شناخت اور چھونے کے حصوں کے ساتھ) بھی اس فولڈر میں لکھیں
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: انتباہ: { $message }
picture-contact-sheets-written = { $path } میں لکھی گئی جائزہ شیٹس کی تعداد: { $count }۔
picture-missing = سوال { $item } تصویر { $picture } دکھاتا ہے، جو images/ میں موجود نہیں
picture-unused = کوئی سوال تصویر { $picture } نہیں دکھاتا
picture-bad-name = تصویر کا نام چھوٹے حروف کے الفاظ پر مشتمل ہوتا ہے جو خط فاصل سے جڑے ہوں، .svg پر ختم ہوتا ہے اور screens/، icons/ یا photos/ میں ہوتا ہے
picture-unreadable = تصویر پڑھنے کے قابل SVG نہیں ہے: { $reason }
picture-bad-canvas = تصویر کا کینوس { $found } ہے؛ اس فولڈر کی تصاویر { $expected } استعمال کرتی ہیں
picture-no-title = تصویر میں پہلے عنصر کے طور پر <title> نہیں ہے (اسکرین ریڈرز کو اس کی ضرورت ہے)
picture-forbidden = تصویر میں { $what } ہے، جس کی اجازت نہیں (اسکرپٹس، دوسری فائلوں کے لنکس، بٹ میپ تصاویر، فلٹرز، حرکت)
picture-too-large = تصویر کا سائز { $size } بائٹ ہے؛ اسے { $limit } بائٹ سے کم رکھیں
picture-duplicate-id = شناخت "{ $id }" تصویر میں دو بار استعمال ہوئی ہے
picture-region-outside = سوال { $item } کا حصہ { $region } اپنی تصویر سے باہر جاتا ہے ({ $canvas })
picture-regions-overlap = سوال { $item } کے حصے { $first } اور { $second } ایک دوسرے پر چڑھے ہوئے ہیں: ایک بار چھونے کا مطلب دونوں ہوگا
picture-control-missing = تصویر { $picture } میں سوال { $item } کے حصے { $region } کے لیے "{ $region }" شناخت والا کوئی عنصر نہیں
picture-control-outside = تصویر { $picture } کا عنصر "{ $region }" سوال { $item } کے حصے { $region } کے اندر نہیں بنایا گیا
