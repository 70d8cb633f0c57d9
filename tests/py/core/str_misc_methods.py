print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "12345\t6".expandtabs(4), "\t".expandtabs(2) + "|")
print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
print("Hello".swapcase(), "abc".isidentifier(), "1abc".isidentifier())
t = "The quick brown fox"
words = t.split()
print(len(words), words[::-1], " ".join(reversed(words)))
print("-".join(sorted("hello")), "".join(sorted("hello", reverse=True)))
print("abc".__len__(), "ab".__contains__("a"), "x".__add__("y"))
