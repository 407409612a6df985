## Ítems: CRE, Crear contenido y documentos (enunciados, opciones, zonas, categorías de tareas)

# cre-001
item-cre-001-prompt = Usted quiere tomar una foto. ¿Qué imagen toca?
item-cre-001-opt-a = Un sobre.
item-cre-001-opt-b = Un auricular de teléfono.
item-cre-001-opt-c = Una cámara.

# cre-002
item-cre-002-prompt = La cámara está lista para tomar fotos. Usted quiere grabar un video. Toque el lugar para cambiar a video.
item-cre-002-region-shutter = El botón grande y redondo de abajo.
item-cre-002-region-video = La palabra inglesa VIDEO (video), encima del botón grande.
item-cre-002-region-flip = El botón con dos flechas en círculo, para voltear la cámara.
item-cre-002-region-gallery = La imagen pequeña de su última foto.
item-cre-002-region-flash = El botón del rayo, arriba.

# cre-003
item-cre-003-prompt = En la mayoría de los teléfonos, usted puede cortar el comienzo de un video antes de enviarlo. ¿Verdadero o falso?

# cre-004
item-cre-004-prompt = Usted quiere recortar una foto para que solo se vea su documento. Ponga los pasos en orden.
item-cre-004-opt-a = Toque “Edit” (Editar).
item-cre-004-opt-b = Toque “Save” (Guardar).
item-cre-004-opt-c = Abra la foto en su galería.
item-cre-004-opt-d = Toque “Crop” (Recortar) y mueva las esquinas.

# cre-005
item-cre-005-prompt = Tome una foto de esta carta de práctica, recórtela para que solo se vea la carta, y guárdela.
item-cre-005-cat-0 = No lo hizo.
item-cre-005-cat-1 = Lo hizo después de una pista.
item-cre-005-cat-2 = Lo hizo sin ayuda.

# cre-006
item-cre-006-prompt = Su currículum está listo en un procesador de textos. El empleador quiere un archivo PDF. ¿Qué hace usted?
item-cre-006-opt-a = Usar “File” (Archivo), después “Save as” (Guardar como) o “Download” (Descargar), y elegir PDF.
item-cre-006-opt-b = Tomar una captura de pantalla del currículum y enviar la imagen.
item-cre-006-opt-c = Cambiar el final del nombre del archivo a .pdf.

# cre-007
item-cre-007-prompt = Usted quiere agregar una tabla a su documento. Ponga los pasos en orden.
item-cre-007-opt-a = Haga clic en “Table” (Tabla).
item-cre-007-opt-b = Haga clic en el lugar del documento donde quiere la tabla.
item-cre-007-opt-c = Elija 2 columnas y 4 filas.
item-cre-007-opt-d = Haga clic en la pestaña “Insert” (Insertar).

# cre-008
item-cre-008-prompt = Usted escribe su currículum en un procesador de textos. Quiere que todos los títulos de las secciones, como Experiencia y Estudios, se vean iguales, y poder cambiarlos todos a la vez más adelante. ¿Cuál es la mejor forma?
item-cre-008-opt-a = Escribir cada título en letras mayúsculas.
item-cre-008-opt-b = Poner cada título en negrita y más grande, uno por uno.
item-cre-008-opt-c = Aplicar el estilo “Heading 1” (Título 1) a cada título, y después cambiar el estilo.
item-cre-008-opt-d = Poner cada título en su propio cuadro de texto.

# cre-009
item-cre-009-prompt = En esta hoja de cálculo, sus gastos del mes están en las celdas B2 a B8. ¿Qué fórmula da el total?
item-cre-009-opt-a = =B8-B2
item-cre-009-opt-b = =B2+B8
item-cre-009-opt-c = =COUNT(B2:B8)
item-cre-009-opt-d = =SUM(B2:B8)

# cre-010
item-cre-010-prompt = Sus gastos están en las celdas B2 a B8 y el total está en B9. En C2 usted quiere la parte de cada gasto en el total, y después va a copiar la fórmula hacia abajo hasta C8. ¿Qué fórmula escribe en C2?
item-cre-010-opt-a = =B2/$B$9
item-cre-010-opt-b = =B2/B9
item-cre-010-opt-c = =$B$2/B9
item-cre-010-opt-d = =B9/B2

# cre-011
item-cre-011-prompt = En este procesador de textos de práctica, aplique el estilo “Heading 1” (Título 1) a los tres títulos de las secciones del currículum, y después descárguelo como PDF.
item-cre-011-cat-0 = No lo hizo.
item-cre-011-cat-1 = Lo hizo después de una pista.
item-cre-011-cat-2 = Lo hizo sin ayuda.

# cre-012
item-cre-012-prompt = Antes de publicar en internet una foto de otras personas, usted debe preguntarles si están de acuerdo. ¿Verdadero o falso?

# cre-013
item-cre-013-prompt = Usted vende pasteles y está haciendo un anuncio en internet. Encuentra una foto con una licencia Creative Commons. ¿Qué licencia le permite usar la foto en su anuncio si dice el nombre del fotógrafo?
item-cre-013-opt-a = CC BY-NC: Attribution, NonCommercial (Reconocimiento, No comercial).
item-cre-013-opt-b = CC BY: Attribution (Reconocimiento).
item-cre-013-opt-c = CC BY-NC-ND: Attribution, NonCommercial, NoDerivatives (Reconocimiento, No comercial, Sin obras derivadas).
item-cre-013-opt-d = CC BY-ND: Attribution, NoDerivatives (Reconocimiento, Sin obras derivadas), con sus precios escritos sobre la foto.
