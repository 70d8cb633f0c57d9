"""Pathname operations on POSIX paths (gilpy's os.path, written in Python)."""
import _os

sep = '/'
curdir = '.'
pardir = '..'


def _S_IFMT(mode):
    return mode & 0o170000


def exists(p):
    try:
        _os.stat(p)
    except (OSError, ValueError, TypeError):
        return False
    return True


def lexists(p):
    try:
        _os.lstat(p)
    except (OSError, ValueError):
        return False
    return True


def isdir(p):
    try:
        return _S_IFMT(_os.stat(p)[0]) == 0o040000
    except (OSError, ValueError, TypeError):
        return False


def isfile(p):
    try:
        return _S_IFMT(_os.stat(p)[0]) == 0o100000
    except (OSError, ValueError, TypeError):
        return False


def islink(p):
    try:
        return _S_IFMT(_os.lstat(p)[0]) == 0o120000
    except (OSError, ValueError):
        return False


def getsize(p):
    return _os.stat(p)[6]


def getmtime(p):
    return _os.stat(p)[8]


def isabs(s):
    return s.startswith('/')


def join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    if not path:
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def realpath(path):
    return abspath(path)


def relpath(path, start=None):
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = 0
    for a, b in zip(start_list, path_list):
        if a != b:
            break
        i += 1
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def expanduser(path):
    if not path.startswith('~'):
        return path
    import os
    home = os.environ.get('HOME', '/')
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        return home.rstrip('/') + path[i:] if home != '/' else path[i:] or '/'
    return path


def commonprefix(m):
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1
