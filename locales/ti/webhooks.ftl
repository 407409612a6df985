# Webhooks: options of `nln serve`.
cli-serve-opt-webhook-http-loopback = ናብ ናይ loopback ኣድራሻ (ኣብዚ ማሽን ዘሎ ተቐባሊ) ዝኸዱ http:// ዘለዎም ናይ webhook URL እውን ተቐበል፤ እንተዘይኮይኑ https:// ጥራይ
serve-problem-too-many-webhooks = ብዙሕ webhook
serve-problem-too-many-webhooks-detail = እዚ ትካል ድሮ ዝለዓለ ብዝሒ ዝተፈቕደ webhook ኣለዎ፤ ካልእ ቅድሚ ምውሳኽካ ሓደ ኣልግስ።
