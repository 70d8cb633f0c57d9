# re: match/search/fullmatch, groups, findall/finditer.
import re

m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com is here")
print(m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(2))
print(m.group(0, 2), m[1], m.string, m.pos, m.endpos, m.lastindex)
print(re.match(r"\d+", "abc123"), re.search(r"\d+", "abc123").group())
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d+", "12a"))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "date: 2024-03-15.")
print(m.group("year"), m["month"], m.groupdict(), m.span("day"), m.lastgroup)
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.findall(r"(\w+)=(\d+)", "x=1, y=22, zz=333"), re.findall(r"o", "foo boo"))
print(re.findall(r"\b\w", "the quick brown"), re.findall(r"", "ab"))
for mm in re.finditer(r"[A-Z][a-z]+", "Alice met Bob and Carol"):
    print(mm.group(), mm.start(), mm.end())
print([m.span() for m in re.finditer(r"a*", "baaac")])
log = """2024-01-02 10:00:01 ERROR disk full on /dev/sda1
2024-01-02 10:00:05 INFO backup started
2024-01-02 10:01:00 WARNING temp 85C
2024-01-02 10:02:13 ERROR timeout talking to db-2"""
pat = re.compile(r"^(\S+) (\S+) (ERROR|WARNING) (.*)$", re.M)
for m in pat.finditer(log):
    print(m.group(3), "|", m.group(4))
print(pat.pattern[:10], pat.flags & re.M == re.M, pat.groups)
email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
print(email.findall("contact: a.b+c@mail.co.uk, x@y.org; bad@, @no"))
print(re.search(r"(\d+)\s*(?:kg|g)\b", "weight 12 kg").group(1))
print(re.search(r"colou?r", "COLOR", re.I).group(), re.search(r"^b", "a\nb", re.M).start())
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S).group())
print(re.match(r"(?i)hello", "HeLLo").group(), re.search(r"(\w)\1", "abccd").group())
print(re.search(r"(?<=\$)\d+", "cost $45").group(), re.search(r"\d+(?!px)", "12px 34em").group())
print(re.search(r"x*?", "xxx").group() == "", re.search(r"<.+?>", "<a><b>").group())
print(re.match(r"[^aeiou]+", "rhythm and").group(), re.search(r"\s+$", "trail  ").span())
m = re.match(r"(a)|(b)", "b")
print(m.groups(), m.group(1), m.lastindex, m.start(1))
print(bool(re.match("", "")), re.escape("a.b*c?(d)"))
m = re.match(r"(\w)(\w)?(\w)?", "ab")
print(m.regs, m.lastindex, m.start(3), m.span(2))
