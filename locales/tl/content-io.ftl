# Content limits, session files and answer input (tl). Machine-drafted.
load-error-too-big = masyadong malaki o masyadong malalim ang pagkakapatong ng file para mabasa ({ $detail })
load-error-implausible = parameter ng IRT na lampas sa makatwirang saklaw nito ({ $detail })
cli-assess-opt-force = Palitan ang file ng --save kahit hindi ito naka-save na session
assess-how-to-answer = Sumagot gamit ang numero ng iyong pinili, saka pindutin ang Enter. 0 = Hindi ko alam. q = huminto (nakatago ang iyong mga sagot).
assess-saving-to = Naka-save ang iyong mga sagot sa { $file }
assess-resume-hint = Para ituloy mamaya, patakbuhin: nln assess --resume { $file }
assess-interrupted = Naputol ang pagsusulit.
assess-type-number = Mag-type ng isang numero mula 1 hanggang { $max }, o 0 kung hindi mo alam, saka pindutin ang Enter.
assess-type-order = I-type ang mga numero mula 1 hanggang { $max } sa tamang pagkakasunod, may espasyo sa pagitan (halimbawa: 2 1 3), o 0 kung hindi mo alam.
error-not-regular-file = Ang { $path } ay hindi karaniwang file (isa itong link, folder, pipe o device), kaya hindi ito binabasa o pinapalitan.
error-file-too-large = Masyadong malaki ang { $path } para mabasa (limitasyon sa bytes: { $limit }).
error-too-many-files = Masyadong maraming file sa { $path } para mabasa (limitasyon: { $limit }).
error-not-a-session = Mayroon nang { $path } at hindi ito naka-save na session ng pagsusulit na ito. Pumili ng ibang file, o idagdag ang --force para palitan ito.
error-session-in-use = Ginagamit ngayon ang { $path } ng ibang pagsusulit na tumatakbo.
error-no-saved-session = Walang nakitang naka-save na session sa { $path }.
