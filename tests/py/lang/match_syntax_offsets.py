# compile-time errors of match and except*: message, line and column as CPython
srcs = [
 "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
 "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
 "match x:\n    case (1 | y) as z:\n        pass\n    case 2: pass\n",
 "match x:\n    case [x, 1] | [1, y]:\n        pass\n",
 "match x:\n    case {'a': x, 'b': [x]}:\n        pass\n",
 "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
 "match x:\n    case [*a, *b]:\n        pass\n",
 "match x:\n    case C(a=1, a=2):\n        pass\n",
 "match x:\n    case {**r, 'a': 1}:\n        pass\n",
 "match x:\n    case x | y:\n        pass\n",
 "match x:\n    case 1 as _:\n        pass\n",
 "match x:\n    case [a, a as b]:\n        pass\n",
 "match x:\n    case {'k': v, **v}:\n        pass\n",
 "match x:\n    case C(x, y=x):\n        pass\n",
 "for i in x:\n    try: pass\n    except* E:\n        continue\n",
]
for s in srcs:
    try:
        compile(s, "f", "exec")
        print("OK")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
