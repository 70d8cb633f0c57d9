import mod_state
import mod_state as again
mod_state.add("x")
again.add("y")
print(mod_state.items, again.items is mod_state.items)
from mod_state import items, add
add("z")
print(items)
mod_state.items = ["replaced"]
print(items, mod_state.items)
