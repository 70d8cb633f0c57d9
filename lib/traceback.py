"""Print or format exceptions and their tracebacks (gilpy's traceback).

The formatting itself is the interpreter's (sys._format_exception), so it
matches what an uncaught exception prints."""
import sys

__all__ = ['format_exc', 'print_exc', 'format_exception', 'print_exception',
           'format_exception_only', 'format_tb', 'print_tb', 'extract_tb']


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, value=None, tb=None, limit=None, chain=True):
    if value is None or isinstance(exc, BaseException):
        value = exc if isinstance(exc, BaseException) else value
    if value is None:
        return ['NoneType: None\n']
    return _lines(sys._format_exception(value, chain))


def format_exception_only(exc, value=None):
    if value is None and isinstance(exc, BaseException):
        value = exc
    if value is None:
        return ['NoneType: None\n']
    if isinstance(value, BaseExceptionGroup):
        # only the group's own line and notes, not its members' boxes
        return _group_only(value)
    text = sys._format_exception(value, False)
    lines = _lines(text)
    # the exception-only part follows the last "  File" entry and its source line
    out = []
    for line in reversed(lines):
        if line.startswith('  ') or line.startswith('Traceback'):
            break
        out.append(line)
    return list(reversed(out))


def _group_only(value):
    t = type(value)
    name = t.__qualname__
    if t.__module__ not in ('builtins', '__main__'):
        name = t.__module__ + '.' + name
    text = str(value)
    out = [name + (': ' + text if text else '') + '\n']
    for note in getattr(value, '__notes__', ()):
        out.append(str(note) + '\n')
    return out


def print_exception(exc, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        file.write(line)


def format_exc(limit=None, chain=True):
    exc = sys.exception()
    if exc is None:
        return 'NoneType: None\n'
    return ''.join(format_exception(exc, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    exc = sys.exception()
    if file is None:
        file = sys.stderr
    if exc is None:
        file.write('NoneType: None\n')
        return
    print_exception(exc, file=file, chain=chain)


class FrameSummary:
    def __init__(self, filename, lineno, name, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line

    def __repr__(self):
        return '<FrameSummary file {}, line {} in {}>'.format(self.filename, self.lineno, self.name)

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])


def extract_tb(tb, limit=None):
    result = []
    while tb is not None:
        code = tb.tb_code
        result.append(FrameSummary(code.co_filename, tb.tb_lineno, code.co_name, _source(code.co_filename, tb.tb_lineno)))
        tb = tb.tb_next
    return result


def _source(filename, lineno):
    try:
        with open(filename) as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line.strip()
    except Exception:
        pass
    return ''


def format_tb(tb, limit=None):
    out = []
    for fs in extract_tb(tb, limit):
        out.append('  File "%s", line %d, in %s\n' % (fs.filename, fs.lineno, fs.name))
        if fs.line:
            out.append('    %s\n' % fs.line)
    return out


def print_tb(tb, limit=None, file=None):
    if file is None:
        file = sys.stderr
    for line in format_tb(tb, limit):
        file.write(line)
