# An uncaught exception whose __str__ itself fails: CPython prints a
# placeholder instead of the message.

class Broken(Exception):
    def __init__(self, payload):
        super().__init__(payload)
        self.payload = payload

    def __str__(self):
        return "payload is " + self.payload  # TypeError when not a str

try:
    raise Broken("text")
except Broken as e:
    print("caught:", e)

try:
    str(Broken(42))
except TypeError as e:
    print("TypeError:", e)

def process(item):
    if not isinstance(item, str):
        raise Broken(item)
    return item.upper()

print([process(x) for x in ["a", "b"]])
process(3.5)
