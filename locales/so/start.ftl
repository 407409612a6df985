## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = Halka imtixaanku ka bilaabmo: fixed (heer isku mid ah oo su'aasha koowaad ee qof walba) ama access (ardayda la jilay waxay ka jawaabaan su'aalaha helitaanka, jawaabahooduna waxay go'aamiyaan bilowga)
