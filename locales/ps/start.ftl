## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = ازموینه له کومه ځایه پیلېږي: fixed (د لومړۍ پوښتنې یوه کچه د ټولو لپاره) یا access (شبیه زده کوونکي د لاسرسي پوښتنو ته ځواب ورکوي، او ځوابونه یې پیل ټاکي)
