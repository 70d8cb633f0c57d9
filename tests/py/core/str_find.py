s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 10), s.rfind("zz"), s.find("o", -5))
print(s.index("world"), s.rindex("l"), s.find("l", 3, 4), s.find("l", 4, 3))
print(s.count("l"), s.count("hello"), s.count(""), "aaaa".count("aa"), s.count("l", 0, 5))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("xyz")
except ValueError as e:
    print("ValueError:", e)
print("中文中文".find("文"), "中文中文".rfind("文"), "😀a😀".find("a"))
