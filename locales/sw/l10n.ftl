## Language choice (machine-drafted)

locale-other-script = Bado hakuna maandishi kwa { $requested }: { $available } huandikwa kwa hati nyingine. Inaonyeshwa kwa Kiingereza.
