## Mga error sa nilalaman na lampas sa hangganan (nln validate). Burador ng makina.

load-error-more = { $count ->
        [one] at { $count } pang error na hindi ipinakita
       *[other] at { $count } pang mga error na hindi ipinakita
    }
