## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = Mtihani unaanzia wapi: fixed (kiwango kimoja cha swali la kwanza kwa wote) au access (wanafunzi wa kuigwa wanajibu maswali ya ufikiaji, na majibu yao yanaweka mwanzo)
