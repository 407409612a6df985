## Key balance (English). Printed by `nln validate`; never a failure.

balance-kind-choice = choice items
balance-kind-hotspot = hotspot items (list of regions)
balance-key-position = Warning: { $kind }: the key is at position { $position } for { $observed }/{ $items } (balanced: about { $expected }).
balance-true-false = Warning: true/false items: the key is “true” for { $true }/{ $items } (balanced: about half).
balance-order-as-shown = Warning: ordering item { $item }: the key is the order the steps are shown in, so leaving them as shown scores.
