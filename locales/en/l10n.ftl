## Language choice (English)

# { $requested } is the tag asked for (pa-PK); { $available } the name of the locale in another script.
locale-other-script = No text in { $requested } yet: { $available } is written in another script. Showing English.
