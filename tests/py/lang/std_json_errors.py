# json: JSONDecodeError messages, positions and attributes as CPython.
import json

bad = [
    "", "   ", "{", "[1, 2", "[1,]", '{"a" 1}', '{"a": 1,}', "{'a': 1}", '{"a": 1 "b": 2}',
    "tru", "nul", "[1 2]", '"unterminated', '"bad \\x escape"', '"\\u12"', "01", "1.", "-",
    "[1] extra", '{"a": }', "[\n  1,\n  2\n  oops\n]", '"tab\tinside"', "{1: 2}", "1e", ".5",
    '"\\ud800"', "[" * 3, "Infinityx", "nan",
]
for text in bad:
    try:
        r = json.loads(text)
        print(repr(text), "->", repr(r))
    except json.JSONDecodeError as e:
        print(repr(text), "->", e.msg, "| pos", e.pos, "line", e.lineno, "col", e.colno)
        print("   ", e)

try:
    json.loads("[1, 2, x]")
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.doc)
try:
    json.loads(123)
except TypeError as e:
    print("TypeError", e)
try:
    json.loads(b"[\xc3\x28]")
except (json.JSONDecodeError, UnicodeDecodeError) as e:
    print(type(e).__name__)

def parse_config(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        line = text.splitlines()[err.lineno - 1]
        return f"config error at {err.lineno}:{err.colno}: {err.msg}\n  {line}\n  {' ' * (err.colno - 1)}^"

print(parse_config('{\n  "name": "x",\n  "size": 12\n  "color": "red"\n}'))
print(parse_config('{"ok": [1, 2, 3]}'))
print(json.JSONDecodeError("custom", "abc\ndef", 5))
