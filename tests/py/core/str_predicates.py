tests = ["123", "12.3", "abc", "ABC", "aBc", "abc123", "", " ", " \t\n", "²", "½", "٣", "é", "中文", "Hello World", "HELLO WORLD", "hello_world", "x1"]
for s in tests:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isascii(), s.isprintable())
