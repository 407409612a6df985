# Placement rules (guidance.yaml) errors (machine-drafted).
load-error-unknown-area = ਅਣਜਾਣ ਖੇਤਰ { $detail }
load-error-unknown-level = ਅਣਜਾਣ ਪੱਧਰ ਕੋਡ { $detail }
load-error-unknown-access-field = ਕੋਈ ਪਹੁੰਚ ਸਵਾਲ { $detail } ਬਾਰੇ ਨਹੀਂ ਪੁੱਛਦਾ
simulate-area-evidence = ਖੇਤਰ ਸਬੂਤ: ਮਾਪਿਆ ਨਹੀਂ { $unmeasured } %; ਤਿੰਨ ਤੋਂ ਘੱਟ ਜਵਾਬਾਂ 'ਤੇ { $thin } %
