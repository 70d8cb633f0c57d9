print("this must not print: syntax errors are found before running")
def later():
    x = = 1
