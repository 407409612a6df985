## Language choice (machine-drafted)

locale-other-script = Тексту мовою { $requested } ще немає: { $available } пишеться іншим письмом. Показано англійською.
