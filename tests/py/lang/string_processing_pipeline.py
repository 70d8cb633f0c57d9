text = """Alice was beginning to get very tired of sitting by her sister on the
bank, and of having nothing to do: once or twice she had peeped into the
book her sister was reading, but it had no pictures or conversations in it,
'and what is the use of a book,' thought Alice 'without pictures or
conversations?'"""
import string
words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
print(len(words), len(set(words)))
from collections import Counter
top = Counter(words).most_common(5)
print(top)
longest = max(words, key=len)
print(longest, sorted({w for w in words if len(w) == len(longest)}))
caps = [w for w in text.split() if w[0].isupper()]
print(caps)
print(" ".join(w[::-1] for w in text.split()[:6]))
