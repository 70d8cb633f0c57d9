s = "one\ntwo\r\nthree\rfour\n\nsix\x0bseven\x0ceight\x1cnine\u2028ten"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(True))
print("no newline".splitlines(), "x\ny".split("\n"), "x\n".split("\n"))
