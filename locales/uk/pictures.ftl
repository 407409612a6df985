# Зображення: перевірки `nln validate` для assessments/images/ та контрольні аркуші (для авторів і оцінювачів).
cli-validate-opt-contact-sheets = Також записати в цю теку по одному контрольному аркушу на сферу (SVG: кожне зображення з ідентифікаторами завдань і зонами дотику)
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: попередження: { $message }
picture-contact-sheets-written = Кількість контрольних аркушів, записаних у { $path }: { $count }.
picture-missing = завдання { $item } показує зображення { $picture }, якого немає в images/
picture-unused = жодне завдання не показує зображення { $picture }
picture-bad-name = назва зображення — слова малими літерами через дефіс, із закінченням .svg, у теці screens/, icons/ або photos/
picture-unreadable = зображення не є читабельним SVG: { $reason }
picture-bad-canvas = полотно зображення { $found }; зображення цієї теки використовують { $expected }
picture-no-title = зображення не має <title> першим елементом (він потрібен екранним читачам)
picture-forbidden = зображення містить { $what }, а це заборонено (скрипти, посилання на інші файли, растрові зображення, фільтри, анімація)
picture-too-large = розмір зображення { $size } Б; тримайте його меншим за { $limit } Б
picture-duplicate-id = ідентифікатор «{ $id }» використано в зображенні двічі
picture-region-outside = зона { $region } завдання { $item } виходить за межі зображення ({ $canvas })
picture-regions-overlap = зони { $first } і { $second } завдання { $item } перекриваються: один дотик означав би обидві
picture-control-missing = у зображенні { $picture } немає елемента з ідентифікатором «{ $region }» для зони { $region } завдання { $item }
picture-control-outside = елемент «{ $region }» зображення { $picture } намальовано не всередині зони { $region } завдання { $item }
