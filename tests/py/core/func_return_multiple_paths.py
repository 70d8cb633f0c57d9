def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    return 0
def grade(score):
    for limit, letter in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if score >= limit:
            return letter
    return "F"
print(list(map(sign, [-5, 0, 5, -0.1, 2 ** 100])))
print(list(map(grade, [95, 85, 75, 65, 55, 90, 0])))
