## Errores de contenido más allá del límite (nln validate). Borrador automático.

load-error-more = { $count ->
        [one] y { $count } error más no mostrado
       *[other] y { $count } errores más no mostrados
    }
