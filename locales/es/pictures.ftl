# Imágenes: comprobaciones de `nln validate` para assessments/images/ y hojas de contactos (autores y evaluadores).
cli-validate-opt-contact-sheets = Escribir también una hoja de contactos por área (SVG: cada imagen con los identificadores de sus ítems y sus zonas) en esta carpeta
picture-error-line = { $file }:{ $line }: { $message }
picture-warning-line = { $file }:{ $line }: aviso: { $message }
picture-contact-sheets-written = { $count ->
    [one] Se escribió { $count } hoja de contactos en { $path }.
   *[other] Se escribieron { $count } hojas de contactos en { $path }.
}
picture-missing = el ítem { $item } muestra la imagen { $picture }, que no está en images/
picture-unused = ningún ítem muestra la imagen { $picture }
picture-bad-name = el nombre de una imagen son palabras en minúsculas unidas por guiones, termina en .svg y está en screens/, icons/ o photos/
picture-unreadable = la imagen no es un SVG legible: { $reason }
picture-bad-canvas = el lienzo de la imagen es { $found }; las imágenes de esta carpeta usan { $expected }
picture-no-title = la imagen no tiene un <title> como primer elemento (los lectores de pantalla lo necesitan)
picture-forbidden = la imagen contiene { $what }, que no está permitido (scripts, enlaces a otros archivos, mapas de bits, filtros, animaciones)
picture-too-large = la imagen tiene { $size } B; manténgala por debajo de { $limit } B
picture-duplicate-id = el identificador "{ $id }" se usa dos veces en la imagen
picture-region-outside = la zona { $region } del ítem { $item } sale de su imagen ({ $canvas })
picture-regions-overlap = las zonas { $first } y { $second } del ítem { $item } se superponen: un toque significaría ambas
picture-control-missing = la imagen { $picture } no tiene ningún elemento con id "{ $region }" para la zona { $region } del ítem { $item }
picture-control-outside = el elemento "{ $region }" de la imagen { $picture } no está dibujado dentro de la zona { $region } del ítem { $item }
