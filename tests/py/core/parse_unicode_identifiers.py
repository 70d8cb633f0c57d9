café = "coffee"
π = 3.14159
变量 = 42
naïve_count = 1
print(café, π, 变量, naïve_count)
def größe(x):
    return x * 2
print(größe(21))
Ω = {"ω": 1}
print(Ω["ω"])
