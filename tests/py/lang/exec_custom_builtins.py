# exec/eval honour the __builtins__ of the globals they are given: code run
# there, and functions it defines, see only those builtins.
import builtins

limited = {'__builtins__': {'print': print, 'len': len}}
exec('print(len("abc"))', limited)
try:
    exec('print(abs(-1))', limited)
except NameError as e:
    print('NameError', e)

exec('def f(x):\n    return len(x) + sum([1])', limited)
try:
    limited['f']('ab')
except NameError as e:
    print('NameError in function:', e)

as_module = {'__builtins__': builtins}
exec('print(abs(-5), max(1, 2))', as_module)

fresh = {}
exec('x = 1', fresh)
print(sorted(k for k in fresh if k != '__builtins__'), '__builtins__' in fresh)

mine = dict(vars(builtins))
mine['len'] = lambda obj: 42
g = {'__builtins__': mine}
print(eval('len([1, 2, 3])', g))
exec('def h(): return len("x")', g)
print(g['h']())
print(len('unchanged here'))
