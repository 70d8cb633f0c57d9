log = []
def step(name):
    log.append(name)
def work(mode):
    try:
        step("try")
        if mode == "raise":
            raise ValueError(mode)
        if mode == "return":
            return "returned"
    except ValueError:
        step("except")
        return "handled"
    else:
        step("else")
    finally:
        step("finally")
    step("after")
    return "fell through"
for mode in ["normal", "raise", "return"]:
    log.clear()
    print(mode, work(mode), log)
