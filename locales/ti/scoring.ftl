# Sealed session files (the CLI's session key).
error-session-key = ነቲ ዝተዓቀቡ ክፍለ-ግዜታት ዝሕሉ መፍትሕ ክጥቀሙ ኣይከኣልን ({ $path }): { $reason }
error-session-key-damaged = ፋይል መፍትሕ ተበላሽዩ ኣሎ፤ ሓድሽ ንምፍጣር ደምስሶ (ድሕሪኡ ብኣረጊ መፍትሕ ዝተዓቀቡ ክፍለ-ግዜታት ክቕጽሉ ኣይክእሉን)
error-no-data-folder = እዚ ሕሳብ ተጠቃሚ ናይ ዳታ ማህደር የብሉን (HOME ወይ XDG_DATA_HOME ኣቐምጡ)
session-seal-hint = ዝተዓቀበ ክፍለ-ግዜ ከይተቐየረ ጥራይ፣ ከምኡ’ውን ብቲ ዝዓቀቦ ሕሳብ ተጠቃሚ ጥራይ ክቕጽል ይኽእል።
