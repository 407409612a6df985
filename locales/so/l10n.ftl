## Language choice (machine-drafted)

locale-other-script = Weli qoraal kuma jiro { $requested }: { $available } waxaa lagu qoraa far kale. Waxaa lagu muujinayaa Ingiriisi.
