print(0, 00, 0.0, 0e0, 0.e1, .0, 1., 1.e2, 1_0.0_1, 1e-0, 0x0, 0b0, 0o0)
print(1 if True else 2)
print(0xab, 0Xab, 0xAB, 1E3, 1e+3, 1e-3)
print(123 .bit_length(), 1.5 .is_integer(), (1).real)
print([1,2,3][0], (1,)[0], {1:2}[1])
print(- 1, + 1, - - 1)
x = 3
print(x*-1, x**-1, x--1, x+-1)
