## Language choice (machine-drafted)

locale-other-script = Todavía no hay texto en { $requested }: { $available } se escribe en otra escritura. Se muestra en inglés.
