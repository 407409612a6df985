## Makosa ya maudhui zaidi ya kikomo (nln validate). Rasimu ya mashine.

load-error-more = { $count ->
        [one] na kosa { $count } lingine lisiloonyeshwa
       *[other] na makosa { $count } mengine yasiyoonyeshwa
    }
