print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "" < "a", "B" < "a")
print("a" * 3 == "aaa", "abc" > "ABC", "Z" < "a", "10" < "9", "abc" <= "abc", "abd" >= "abc")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", ""]))
print(max("hello"), min("hello"), max(["x", "yy", "z"]), "a" in "abc", "ac" in "abc", "" in "abc")
print("abc" == b"abc", "1" == 1, "abc" != None)
try:
    "a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
