"""String constants and templates (gilpy's string, written in Python)."""

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
            braced = j < n and t[j] == '{'
            if braced:
                j += 1
            k = j
            while k < n and (t[k].isalnum() or t[k] == '_') and not (k == j and t[k].isdigit()):
                k += 1
            name = t[j:k]
            if not name or (braced and (k >= n or t[k] != '}')):
                if safe:
                    out.append('$')
                    i += 1
                    continue
                raise ValueError('Invalid placeholder in string: line 1, col %d' % (i + 1))
            end = k + 1 if braced else k
            if name in mapping:
                out.append(str(mapping[name]))
            elif safe:
                out.append(t[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping={}, /, **kws):
        m = dict(mapping)
        m.update(kws)
        return self._sub(m, False)

    def safe_substitute(self, mapping={}, /, **kws):
        m = dict(mapping)
        m.update(kws)
        return self._sub(m, True)
