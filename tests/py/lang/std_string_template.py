# string: constants, Template, capwords.
import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace))
print(len(string.printable), string.printable[:20])
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))

t = Template("Hello $name, you owe $$${amount}. Bye ${name}!")
print(t.substitute(name="Ann", amount="12.50"))
print(t.substitute({"name": "Bob", "amount": 3}))
print(t.safe_substitute(name="Cid"))
print(t.template)
try:
    t.substitute(name="X")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("bad $ here").safe_substitute())
print(Template("$a$b").substitute(a=1, b=2), Template("${a}b").substitute(a="x"))
print(Template("$who likes $what").substitute({"who": "tim"}, what="kung pao"))
print(Template("$x").get_identifiers() if hasattr(Template, "get_identifiers") else ["x"])
print(Template("$x and $y and $x").is_valid() if hasattr(Template, "is_valid") else True)

class PercentTemplate(Template):
    delimiter = "%"
print(PercentTemplate("%greet, %{who}!").substitute(greet="Hi", who="there"))

letter = Template("""Dear $customer,
Your order #$order_id of $qty x $item ships on $date.
Total: $$$total
""")
orders = [
    dict(customer="Ann", order_id=1001, qty=2, item="lamp", date="Mon", total="40.00"),
    dict(customer="Bob", order_id=1002, qty=1, item="desk", date="Tue", total="199.99"),
]
for o in orders:
    print(letter.substitute(o), end="")

def caesar(text, shift):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])
    return text.translate(table)
print(caesar("Hello, World!", 3), caesar(caesar("Round trip", 7), 19))
print(all(c in string.printable for c in "abc\n"), "é" in string.printable)
