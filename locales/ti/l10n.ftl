## Language choice (machine-drafted)

locale-other-script = ገና ብ { $requested } ጽሑፍ የለን፦ { $available } ብኻልእ ፊደል ይጽሓፍ። ብእንግሊዝኛ ይርአ ኣሎ።
