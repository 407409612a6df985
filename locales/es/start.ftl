## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = Dónde empieza la prueba: fixed (el mismo nivel de primera pregunta para todos) o access (los alumnos simulados responden las preguntas de acceso, que fijan el inicio)
