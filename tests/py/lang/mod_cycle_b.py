import mod_cycle_a
B_VALUE = "b"
PARTIAL_A = hasattr(mod_cycle_a, "A_VALUE")
