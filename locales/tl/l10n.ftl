## Language choice (machine-drafted)

locale-other-script = Wala pang teksto sa { $requested }: ang { $available } ay nakasulat sa ibang titik. Ipinapakita sa Ingles.
