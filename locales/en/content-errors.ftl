## Content errors past the cap (nln validate). Assessor-facing.

load-error-more = { $count ->
        [one] and { $count } more error not shown
       *[other] and { $count } more errors not shown
    }
