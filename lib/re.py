"""Regular expressions (gilpy's re: a backtracking matcher written in Python).

Supports the common syntax: literals and escapes, ., character classes
with ranges and \\d \\w \\s (and negations), anchors ^ $ \\A \\Z \\b \\B,
groups (capturing, (?:...), (?P<name>...), (?P=name), backreferences),
alternation, greedy and lazy quantifiers (* + ? {m,n}), lookahead and
lookbehind, inline flags, and the flags I, M, S, X, A. Repetitions of a
single character class run as loops, so long subjects do not recurse."""

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S',
           'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
           'UNICODE', 'NOFLAG', 'RegexFlag']

class RegexFlag(int):
    # The flag constants: ints that combine with | & ^ ~ into RegexFlag again,
    # with .value and CPython's repr ('re.IGNORECASE|re.MULTILINE').
    _names = ((256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
              (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (128, 'DEBUG'))

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        r = repr(self)
        return None if r.startswith('re.RegexFlag') else r.replace('re.', '')

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)

    def __repr__(self):
        v = int(self)
        parts = [n for bit, n in self._names if v & bit]
        rest = v & ~sum(bit for bit, _ in self._names)
        if not parts:
            return 're.NOFLAG' if v == 0 else 're.RegexFlag(%d)' % v
        out = '|'.join('re.' + n for n in parts)
        return out + ('|0x%x' % rest if rest else '')

    __str__ = __repr__


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
        Exception.__init__(self, msg)


_SINGLE = ('lit', 'any', 'class')


def _is_word(c):
    return c.isalnum() or c == '_'


def _cat_ok(cat, c):
    if len(cat) == 2:
        # an ASCII-only category (re.ASCII): outside ASCII only the negated ones match
        if c > '\x7f':
            return cat[1] in 'DWS'
        cat = cat[1]
    if cat == 'd':
        return c.isdigit()
    if cat == 'D':
        return not c.isdigit()
    if cat == 'w':
        return _is_word(c)
    if cat == 'W':
        return not _is_word(c)
    if cat == 's':
        return c in ' \t\n\r\f\v' or c.isspace()
    if cat == 'S':
        return not (c in ' \t\n\r\f\v' or c.isspace())
    return False


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}

    def error(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def parse(self):
        if self.p.startswith('(?') and len(self.p) > 2 and self.p[2] in 'aiLmsux':
            j = 2
            while j < len(self.p) and self.p[j] in 'aiLmsux':
                j += 1
            if j < len(self.p) and self.p[j] == ')':
                for ch in self.p[2:j]:
                    self.flags |= {'a': A, 'i': I, 'L': L, 'm': M, 's': S, 'u': U, 'x': X}[ch]
                self.i = j + 1
        node = self.parse_alt()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                self.error('unbalanced parenthesis')
            self.error('unexpected character')
        return node

    def parse_alt(self):
        seqs = [self.parse_seq()]
        while self.peek() == '|':
            self.i += 1
            seqs.append(self.parse_seq())
        return ('alt', seqs)

    def skip_verbose(self):
        if not self.flags & X:
            return
        while self.i < len(self.p):
            c = self.p[self.i]
            if c in ' \t\n\r\f\v':
                self.i += 1
            elif c == '#':
                while self.i < len(self.p) and self.p[self.i] != '\n':
                    self.i += 1
            else:
                break

    def parse_seq(self):
        seq = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None or c in '|)':
                return seq
            start = self.i
            atom = self.parse_atom()
            self.skip_verbose()
            atom = self.parse_quant(atom, start)
            seq.append(atom)

    def parse_quant(self, atom, start):
        c = self.peek()
        if c is None:
            return atom
        if c in '*+?':
            self.i += 1
            mn, mx = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c]
        elif c == '{':
            j = self.p.find('}', self.i)
            body = self.p[self.i + 1:j] if j > 0 else ''
            parts = body.split(',')
            if j < 0 or len(parts) > 2 or not all(x.strip().isdigit() or x.strip() == '' for x in parts) \
                    or (len(parts) == 1 and not parts[0].strip().isdigit()):
                return atom
            self.i = j + 1
            if len(parts) == 1:
                mn = mx = int(parts[0])
            else:
                mn = int(parts[0]) if parts[0].strip() else 0
                mx = int(parts[1]) if parts[1].strip() else None
                if mx is not None and mx < mn:
                    self.error('min repeat greater than max repeat', start)
        else:
            return atom
        if atom[0] in ('bol', 'eol', 'bos', 'eos', 'wordb', 'nwordb') or atom[0] == 'rep':
            self.error('multiple repeat' if atom[0] == 'rep' else 'nothing to repeat', start)
        greedy = True
        if self.peek() == '?':
            self.i += 1
            greedy = False
        elif self.peek() == '+':
            self.i += 1
        return ('rep', atom, mn, mx, greedy)

    def parse_atom(self):
        c = self.p[self.i]
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c in '*+?':
            self.error('nothing to repeat', self.i - 1)
        if c == '[':
            return self.parse_class()
        if c == '(':
            return self.parse_group()
        if c == '\\':
            return self.parse_escape(False)
        return ('lit', c)

    def parse_group(self):
        start = self.i - 1
        if self.p.startswith('?', self.i):
            self.i += 1
            c = self.peek()
            if c == ':':
                self.i += 1
                node = self.parse_alt()
                self.expect_close(start)
                return ('group', None, node)
            if c in '=!':
                self.i += 1
                node = self.parse_alt()
                self.expect_close(start)
                return ('look', c == '=', False, node)
            if c == '<' and self.i + 1 < len(self.p) and self.p[self.i + 1] in '=!':
                positive = self.p[self.i + 1] == '='
                self.i += 2
                node = self.parse_alt()
                self.expect_close(start)
                return ('look', positive, True, node)
            if c == 'P':
                self.i += 1
                if self.peek() == '<':
                    j = self.p.find('>', self.i)
                    if j < 0:
                        self.error('missing >, unterminated name')
                    name = self.p[self.i + 1:j]
                    if not name.isidentifier():
                        self.error("bad character in group name '%s'" % name, self.i + 1)
                    self.i = j + 1
                    self.ngroups += 1
                    index = self.ngroups
                    if name in self.names:
                        self.error("redefinition of group name '%s'" % name)
                    self.names[name] = index
                    node = self.parse_alt()
                    self.expect_close(start)
                    return ('group', index, node)
                if self.peek() == '=':
                    j = self.p.find(')', self.i)
                    name = self.p[self.i + 1:j]
                    if name not in self.names:
                        self.error("unknown group name '%s'" % name)
                    self.i = j + 1
                    return ('backref', self.names[name])
            if c == '#':
                j = self.p.find(')', self.i)
                self.i = j + 1
                return ('group', None, ('alt', [[]]))
            j = self.i
            while j < len(self.p) and self.p[j] in 'aiLmsux-':
                j += 1
            if j < len(self.p) and self.p[j] in ':)':
                flags = self.p[self.i:j]
                on = flags.split('-')[0]
                for ch in on:
                    self.flags |= {'a': A, 'i': I, 'L': L, 'm': M, 's': S, 'u': U, 'x': X}[ch]
                self.i = j + 1
                if self.p[j] == ')':
                    return ('group', None, ('alt', [[]]))
                node = self.parse_alt()
                self.expect_close(start)
                return ('group', None, node)
            self.error('unknown extension ?' + (c or ''), self.i - 1)
        self.ngroups += 1
        index = self.ngroups
        node = self.parse_alt()
        self.expect_close(start)
        return ('group', index, node)

    def expect_close(self, start):
        if self.peek() != ')':
            self.error('missing ), unterminated subpattern', start)
        self.i += 1

    def parse_escape(self, in_class):
        if self.i >= len(self.p):
            self.error('bad escape (end of pattern)', self.i - 1)
        c = self.p[self.i]
        self.i += 1
        if c in 'dDwWsS':
            # under re.ASCII the categories only cover ASCII characters
            return ('class', False, [('cat', 'a' + c if self.flags & A else c)])
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '0': '\0'}
        if c in simple and not (c == '0' and self.peek() and self.peek().isdigit()):
            return ('lit', simple[c])
        if c == 'x':
            h = self.p[self.i:self.i + 2]
            self.i += 2
            return ('lit', chr(int(h, 16)))
        if c in 'uU':
            n = 4 if c == 'u' else 8
            h = self.p[self.i:self.i + n]
            self.i += n
            return ('lit', chr(int(h, 16)))
        if not in_class:
            if c == 'b':
                return ('wordb',)
            if c == 'B':
                return ('nwordb',)
            if c == 'A':
                return ('bos',)
            if c == 'Z':
                return ('eos',)
            if c.isdigit():
                num = c
                while self.peek() and self.peek().isdigit() and len(num) < 2:
                    num += self.p[self.i]
                    self.i += 1
                n = int(num)
                if n > self.ngroups:
                    self.error('invalid group reference %d' % n, self.i - len(num))
                return ('backref', n)
        elif c == 'b':
            return ('lit', '\b')
        if c.isalnum():
            self.error('bad escape \\%s' % c, self.i - 2)
        return ('lit', c)

    def parse_class(self):
        start = self.i - 1
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(self.p):
                self.error('unterminated character set', start)
            c = self.p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == '\\':
                node = self.parse_escape(True)
                if node[0] == 'class':
                    items.extend(node[2])
                    continue
                lo = node[1]
            else:
                lo = c
            if self.peek() == '-' and self.i + 1 < len(self.p) and self.p[self.i + 1] != ']':
                self.i += 1
                hc = self.p[self.i]
                self.i += 1
                if hc == '\\':
                    hnode = self.parse_escape(True)
                    if hnode[0] != 'lit':
                        self.error('bad character range')
                    hi = hnode[1]
                else:
                    hi = hc
                if hi < lo:
                    self.error('bad character range %s-%s' % (lo, hi), self.i - 3)
                items.append(('range', lo, hi))
            else:
                items.append(('char', lo))
        return ('class', negate, items)


def _class_ok(node, c, icase):
    negate, items = node[1], node[2]
    hit = False
    for item in items:
        kind = item[0]
        if kind == 'char':
            if c == item[1] or (icase and c.lower() == item[1].lower()):
                hit = True
                break
        elif kind == 'range':
            if item[1] <= c <= item[2] or (icase and (item[1] <= c.lower() <= item[2] or item[1] <= c.upper() <= item[2])):
                hit = True
                break
        elif _cat_ok(item[1], c):
            hit = True
            break
    return hit != negate


class Pattern:
    def __init__(self, pattern, flags):
        self.pattern = pattern
        parser = _Parser(pattern if isinstance(pattern, str) else pattern.decode('latin-1'), flags)
        self._tree = parser.parse()
        self.flags = parser.flags | (U if isinstance(pattern, str) and not parser.flags & A else 0)
        self.groups = parser.ngroups
        self.groupindex = dict(parser.names)
        self._icase = bool(self.flags & I)
        self._multiline = bool(self.flags & M)
        self._dotall = bool(self.flags & S)

    def __repr__(self):
        return 're.compile(%r)' % (self.pattern,) if not self.flags & ~(U | A) else \
            're.compile(%r, %s)' % (self.pattern, '|'.join(
                're.' + n for v, n in ((I, 'IGNORECASE'), (M, 'MULTILINE'), (S, 'DOTALL'), (X, 'VERBOSE'))
                if self.flags & v))

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    # ---- the matcher ----
    def _single_ok(self, node, c):
        op = node[0]
        if op == 'lit':
            return c == node[1] or (self._icase and c.lower() == node[1].lower())
        if op == 'any':
            return self._dotall or c != '\n'
        return _class_ok(node, c, self._icase)

    def _seq(self, seq, idx, s, pos, g, k):
        n = len(s)
        while idx < len(seq):
            node = seq[idx]
            op = node[0]
            if op in _SINGLE:
                if pos < self._end and self._single_ok(node, s[pos]):
                    pos += 1
                    idx += 1
                    continue
                return None
            if op == 'bol':
                if pos == 0 or (self._multiline and s[pos - 1] == '\n'):
                    idx += 1
                    continue
                return None
            if op == 'eol':
                if pos == self._end or (pos == self._end - 1 and s[pos] == '\n') or (self._multiline and s[pos] == '\n'):
                    idx += 1
                    continue
                return None
            if op == 'bos':
                if pos == 0:
                    idx += 1
                    continue
                return None
            if op == 'eos':
                if pos == self._end:
                    idx += 1
                    continue
                return None
            if op in ('wordb', 'nwordb'):
                a = pos > 0 and _is_word(s[pos - 1])
                b = pos < n and _is_word(s[pos])
                if (a != b) == (op == 'wordb'):
                    idx += 1
                    continue
                return None
            break
        if idx == len(seq):
            return k(pos, g)
        node = seq[idx]
        op = node[0]

        def nxt(p, g2):
            return self._seq(seq, idx + 1, s, p, g2, k)
        if op == 'rep':
            return self._rep(node, s, pos, g, nxt)
        if op == 'group':
            index = node[1]
            start = pos

            def close(p, g2):
                if index is not None:
                    g2 = g2[:index] + ((start, p),) + g2[index + 1:]
                return nxt(p, g2)
            return self._alt(node[2], s, pos, g, close)
        if op == 'alt':
            return self._alt(node, s, pos, g, nxt)
        if op == 'backref':
            span = g[node[1]]
            if span is None:
                return None
            text = s[span[0]:span[1]]
            end = pos + len(text)
            if end <= self._end and (s[pos:end] == text or (self._icase and s[pos:end].lower() == text.lower())):
                return nxt(end, g)
            return None
        if op == 'look':
            positive, behind, sub = node[1], node[2], node[3]
            if behind:
                found = None
                for st in range(pos, -1, -1):
                    r = self._alt(sub, s, st, g, lambda p, g2: (p, g2) if p == pos else None)
                    if r is not None:
                        found = r
                        break
            else:
                found = self._alt(sub, s, pos, g, lambda p, g2: (p, g2))
            if (found is not None) != positive:
                return None
            return nxt(pos, found[1] if found is not None and positive else g)
        raise error('internal error: unknown node %r' % (op,))

    def _alt(self, node, s, pos, g, k):
        for seq in node[1]:
            r = self._seq(seq, 0, s, pos, g, k)
            if r is not None:
                return r
        return None

    def _rep(self, node, s, pos, g, k):
        sub, mn, mx, greedy = node[1], node[2], node[3], node[4]
        if sub[0] in _SINGLE:
            limit = self._end if mx is None else min(self._end, pos + mx)
            j = pos
            ok = self._single_ok
            if greedy:
                while j < limit and ok(sub, s[j]):
                    j += 1
                if j - pos < mn:
                    return None
                e = j
                while e >= pos + mn:
                    r = k(e, g)
                    if r is not None:
                        return r
                    e -= 1
                return None
            while j < pos + mn:
                if j >= limit or not ok(sub, s[j]):
                    return None
                j += 1
            while True:
                r = k(j, g)
                if r is not None:
                    return r
                if j >= limit or not ok(sub, s[j]):
                    return None
                j += 1
        subseq = [sub]

        def rec(count, p, g2):
            if greedy:
                if mx is None or count < mx:
                    r = self._seq(subseq, 0, s, p, g2,
                                  lambda p2, g3: rec(count + 1, p2, g3) if (p2 != p or count < mn) else None)
                    if r is not None:
                        return r
                if count >= mn:
                    return k(p, g2)
                return None
            if count >= mn:
                r = k(p, g2)
                if r is not None:
                    return r
            if mx is None or count < mx:
                return self._seq(subseq, 0, s, p, g2,
                                 lambda p2, g3: rec(count + 1, p2, g3) if (p2 != p or count < mn) else None)
            return None
        return rec(0, pos, g)

    def _at(self, s, pos, endpos, full):
        self._end = endpos
        g = (None,) * (self.groups + 1)
        if full:
            k = lambda p, g2: (p, g2) if p == endpos else None
        else:
            k = lambda p, g2: (p, g2)
        return self._alt(self._tree, s, pos, g, k)

    def _bounds(self, string, pos, endpos):
        n = len(string)
        if endpos is None or endpos > n:
            endpos = n
        if pos < 0:
            pos = 0
        return pos, max(endpos, pos) if pos <= n else n

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        r = self._at(string, pos, endpos, False)
        return Match(self, string, pos, endpos, pos, r) if r is not None else None

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        r = self._at(string, pos, endpos, True)
        return Match(self, string, pos, endpos, pos, r) if r is not None else None

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        first = None
        seqs = self._tree[1]
        if len(seqs) == 1 and seqs[0] and seqs[0][0][0] == 'lit' and not self._icase:
            first = seqs[0][0][1]
        start = pos
        while start <= endpos:
            if first is not None:
                start = string.find(first, start, endpos)
                if start < 0:
                    return None
            r = self._at(string, start, endpos, False)
            if r is not None:
                return Match(self, string, pos, endpos, start, r)
            start += 1
        return None

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        while pos <= endpos:
            m = self.search(string, pos, endpos)
            if m is None:
                return
            yield m
            e = m.end()
            pos = e + 1 if e == m.start() else e

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) or '')
            else:
                out.append(tuple(x or '' for x in m.groups()))
        return out

    def _expand(self, m, repl):
        if callable(repl):
            return repl(m)
        return m.expand(repl)

    def subn(self, repl, string, count=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            out.append(string[last:m.start()])
            out.append(self._expand(m, repl))
            last = m.end()
            n += 1
            if count and n >= count:
                break
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
            if maxsplit and n >= maxsplit:
                break
        out.append(string[last:])
        return out


class Match:
    def __init__(self, pattern, string, pos, endpos, start, result):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        end, groups = result
        self._spans = ((start, end),) + groups[1:]
        last = None
        for i in range(1, len(self._spans)):
            if self._spans[i] is not None:
                last = i
        self.lastindex = last
        self.lastgroup = None
        if last is not None:
            for name, idx in pattern.groupindex.items():
                if idx == last:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError('no such group')
            return self.re.groupindex[g]
        if not isinstance(g, int) or g < 0 or g >= len(self._spans):
            raise IndexError('no such group')
        return g

    def group(self, *groups):
        if not groups:
            groups = (0,)
        res = []
        for g in groups:
            span = self._spans[self._index(g)]
            res.append(None if span is None else self.string[span[0]:span[1]])
        return res[0] if len(res) == 1 else tuple(res)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if sp is None else self.string[sp[0]:sp[1]] for sp in self._spans[1:])

    def groupdict(self, default=None):
        return {name: self.group(name) if self._spans[idx] is not None else default
                for name, idx in self.re.groupindex.items()}

    def span(self, group=0):
        sp = self._spans[self._index(group)]
        return (-1, -1) if sp is None else sp

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def expand(self, template):
        out = []
        i = 0
        n = len(template)
        while i < n:
            c = template[i]
            if c != '\\' or i + 1 >= n:
                out.append(c)
                i += 1
                continue
            d = template[i + 1]
            if d.isdigit():
                j = i + 1
                while j < n and template[j].isdigit() and j - i <= 2:
                    j += 1
                num = int(template[i + 1:j])
                if num > self.re.groups:
                    raise error('invalid group reference %d' % num, template, i + 1)
                out.append(self.group(num) or '')
                i = j
            elif d == 'g' and i + 2 < n and template[i + 2] == '<':
                j = template.find('>', i)
                if j < 0:
                    raise error('missing >, unterminated name', template, i + 3)
                name = template[i + 3:j]
                if name.isdigit():
                    if int(name) > self.re.groups:
                        raise error('invalid group reference %d' % int(name), template, i + 3)
                    out.append(self.group(int(name)) or '')
                else:
                    if name not in self.re.groupindex:
                        raise IndexError('unknown group name %r' % name)
                    out.append(self.group(name) or '')
                i = j + 1
            else:
                out.append({'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', 'f': '\f', 'v': '\v'}.get(d, '\\' + d))
                i += 2
        return ''.join(out)

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group(0))


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        if len(_cache) > 512:
            _cache.clear()
        p = _cache[key] = Pattern(pattern, flags)
    return p


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


_special = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _special else c for c in pattern)
    return bytes(escape(pattern.decode('latin-1')), 'latin-1')
