# Lone surrogates in str: UTF-8 refuses them unless an error handler says
# otherwise, and decoding refuses encoded surrogates (CPython's rules).
for h in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
          'surrogateescape', 'surrogatepass'):
    for s in ('a\ud800\udfffb', 'x\udc80y', '\U0001f600\ud83d', 'plain é'):
        try:
            print(h, ascii(s), s.encode('utf-8', h))
        except UnicodeError as e:
            print(h, ascii(s), type(e).__name__, e, e.start, e.end)
for data in (b'\xed\xa0\x80', b'a\xed\xb2\x80b', b'\xed\x9f\xbf', b'\xff', b'ok\xed'):
    for h in ('strict', 'surrogatepass', 'surrogateescape', 'replace'):
        try:
            print(h, data, ascii(data.decode('utf-8', h)))
        except UnicodeError as e:
            print(h, data, type(e).__name__, e)
print('\udcff'.encode('ascii', 'surrogateescape'), '\udcff'.encode('latin-1', 'surrogateescape'))
for enc in ('ascii', 'latin-1'):
    try:
        '\ud800'.encode(enc, 'surrogatepass')
    except UnicodeError as e:
        print(type(e).__name__, e)
s = '\ud800\udc00'
print(ascii(s), len(s), s == '\U00010000', ascii(s.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass')))
raw = b'caf\xe9 \xff'
text = raw.decode('utf-8', 'surrogateescape')
print(ascii(text), text.encode('utf-8', 'surrogateescape') == raw)
try:
    print(text)
except UnicodeEncodeError as e:
    print('print refused:', e.reason)
