# Descriptions of the tap-through screens, for screen readers (ትግርኛ, machine-drafted)

picture-screens-settings-list-alt = ዝርዝር ቅጥዕታት ተሌፎን
picture-screens-wifi-networks-alt = ቅጥዕታት ዋይፋይ ምስ ጥቓ ዘለዉ መርበባት
picture-screens-display-settings-alt = ቅጥዕታት ስክሪን
picture-screens-text-size-alt = ቅጥዒ ዓቐን ጽሑፍ
picture-screens-language-list-alt = ዝርዝር ቋንቋታት ተሌፎን
picture-screens-security-settings-alt = ቅጥዕታት ድሕንነት
picture-screens-messages-list-alt = ኣብ ኣፕ መልእኽቲ ዘሎ ዝርዝር ዕላላት
picture-screens-chat-conversation-alt = ኣብ ኣፕ መልእኽቲ ምስ ኣሚራ ዝተገብረ ዕላል
picture-screens-call-log-alt = ዝርዝር ናይ ቀረባ ግዜ ጻውዒታት
