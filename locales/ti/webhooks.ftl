# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = ናብ ናይ loopback ኣድራሻ (ኣብዚ ማሽን ዘሎ ተቐባሊ) ዝኸዱ http:// ዘለዎም ናይ webhook URL እውን ተቐበል፤ እንተዘይኮይኑ https:// ጥራይ
