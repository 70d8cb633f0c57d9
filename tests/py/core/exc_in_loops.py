results = []
for v in ["1", "x", "3", "", "5.5", "7"]:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
    except TypeError:
        return None
print(safe_div(1, 2), safe_div(1, 0), safe_div("a", 2))
total = 0
for item in [1, "2", None, 4, [5]]:
    try:
        total += item
    except TypeError as e:
        print("skip", repr(item), e)
print(total)
