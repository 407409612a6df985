## 答案平衡（简体中文，机器草稿）. Printed by `nln validate`; never a failure.

balance-kind-choice = 选择题
balance-kind-hotspot = 点图题（区域列表）
balance-key-position = 警告：{ $kind }：正确答案在第 { $position } 位的有 { $observed }/{ $items }（平衡时约为 { $expected }）。
balance-true-false = 警告：判断题：正确答案为“对”的有 { $true }/{ $items }（平衡时约为一半）。
balance-order-as-shown = 警告：排序题 { $item }：正确答案就是步骤显示的顺序，不做任何调整也能得分。
