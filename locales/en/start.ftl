## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = Where the test starts: fixed (the same first question level for everyone) or access (simulated learners answer the access questions, and their answers set the start)
