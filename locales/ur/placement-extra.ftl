# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = نامعلوم شعبہ { $detail }
load-error-unknown-level = نامعلوم سطح کوڈ { $detail }
load-error-unknown-access-field = کوئی رسائی سوال { $detail } کے بارے میں نہیں پوچھتا
simulate-area-evidence = شعبہ جاتی شواہد: ناپا نہیں گیا { $unmeasured } %؛ تین سے کم جوابات پر { $thin } %
