# Agency key roles: the admin-only problem and the option of `nln agency add`.
serve-problem-admin-only = Ufunguo wa msimamizi unahitajika
serve-problem-admin-only-detail = Ufunguo wa msimamizi wa wakala pekee ndio unaweza kufanya hivi (funguo, webhook, kumbukumbu ya ukaguzi); huu ni ufunguo wa usajili.
cli-agency-opt-role = Jukumu la ufunguo wa kwanza wa wakala: admin (chaguo-msingi; pia husimamia funguo, webhook na kumbukumbu ya ukaguzi) au intake
