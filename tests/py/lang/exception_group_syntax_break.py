print("not printed")
for i in range(3):
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ValueError:
        break
