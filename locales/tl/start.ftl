## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = Kung saan nagsisimula ang pagsusulit: fixed (pareho ang antas ng unang tanong para sa lahat) o access (sumasagot ang mga simulated na mag-aaral sa mga tanong tungkol sa access, at ang sagot nila ang nagtatakda ng simula)
