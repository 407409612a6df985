## Start rule of the adaptive test (nln simulate).

cli-simulate-opt-start = Де починається тест: fixed (однаковий рівень першого питання для всіх) або access (змодельовані учні відповідають на питання про доступ, і відповіді визначають початок)
