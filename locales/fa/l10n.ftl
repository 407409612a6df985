## Language choice (machine-drafted)

locale-other-script = هنوز متنی به { $requested } نیست: { $available } با خط دیگری نوشته می‌شود. متن به انگلیسی نشان داده می‌شود.
