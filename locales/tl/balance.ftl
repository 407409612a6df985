## Balanse ng mga susi ng sagot (Tagalog, awtomatikong burador). Printed by `nln validate`; never a failure.

balance-kind-choice = mga tanong na pipiliin
balance-kind-hotspot = mga tanong na pipindutin sa larawan (listahan ng mga bahagi)
balance-key-position = Babala: { $kind }: nasa posisyon { $position } ang tamang sagot sa { $observed }/{ $items } (balanse: mga { $expected }).
balance-true-false = Babala: mga tanong na tama/mali: "tama" ang tamang sagot sa { $true }/{ $items } (balanse: mga kalahati).
balance-order-as-shown = Babala: tanong na pagsusunod-sunod { $item }: ang tamang sagot ay ang ayos kung paano ipinapakita ang mga hakbang, kaya may puntos kahit walang ginalaw.
