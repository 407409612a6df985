## Khaladaadka nuxurka ee ka baxsan xadka (nln validate). Qabyo mashiin.

load-error-more = { $count ->
        [one] iyo { $count } khalad kale oo aan la muujin
       *[other] iyo { $count } khaladaad kale oo aan la muujin
    }
