import mod_cycle_a
import mod_cycle_b
print(mod_cycle_a.from_b(), mod_cycle_b.PARTIAL_A, mod_cycle_a.A_VALUE)
