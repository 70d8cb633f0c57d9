def is_pal(s):
    clean = ""
    for ch in s.lower():
        if ch.isalnum():
            clean += ch
    return clean == clean[::-1]
for s in ["racecar", "A man, a plan, a canal: Panama", "hello", "", "No 'x' in Nixon", "été"]:
    print(repr(s), is_pal(s))
def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in range(i, len(s)):
            sub = s[i:j + 1]
            if sub == sub[::-1] and len(sub) > len(best):
                best = sub
    return best
print(longest_pal("forgeeksskeegfor"), longest_pal("abacdfgdcaba"))
