for s in ["hello World", "HELLO", "hello", "  mixed Case 123 ", "o'neil's book", "ßtraße", "éCOLE", "a1b2", ""]:
    print(repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()))
print("hello world".title(), "they're bill's".title(), "3rd place".capitalize(), "ABC".casefold())
