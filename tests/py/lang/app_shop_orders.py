# Order processing for a small shop: load a catalogue, take orders (some
# fail), pay, ship in batches, and print reports.  Uses the package
# pkg_shop beside this file.
import functools
import itertools
import json
from collections import OrderedDict, defaultdict, namedtuple

import pkg_shop
from pkg_shop import Category, Inventory, Order, Product, Status
from pkg_shop import reports
from pkg_shop.errors import InvalidOrder, OutOfStock, ShopError, UnknownProduct
from pkg_shop.utils import CALL_LOG, chunked, money, parse_rows

CATALOGUE = """
sku, name, price, category, stock
# price in cents, before VAT
B-001, Dune, 1299, book, 10
B-002, SICP, 4500, book, 2
F-010, Coffee beans, 1150, food, 25
F-011, Green tea, 675, food, 4
T-100, Hammer, 1999, tool, 7
T-101, Screwdriver set, 2450, tool, 3
"""

ORDERS_JSON = """[
  {"customer": "ann", "items": [["B-001", 2], ["F-010", 3]]},
  {"customer": "bob", "items": [["T-100", 1], ["T-101", 1], ["F-011", 2]]},
  {"customer": "cy",  "items": [["B-002", 3]]},
  {"customer": "dee", "items": [["X-999", 1]]},
  {"customer": "ann", "items": [["F-011", 2], ["B-002", 1], ["B-001", 1]]},
  {"customer": "eve", "items": [["T-100", 0]]},
  {"customer": "fay", "items": [["F-010", 5], ["F-010", 5], ["T-101", 2]]},
  {"customer": "bob", "items": [["B-001", 1]]}
]"""

Event = namedtuple("Event", "seq kind detail")


class EventLog:
    """Collects events; iterating filters by kind lazily."""

    def __init__(self):
        self._events = []
        self._seq = itertools.count(1)

    def emit(self, kind, detail):
        self._events.append(Event(next(self._seq), kind, detail))

    def of_kind(self, *kinds):
        return (e for e in self._events if e.kind in kinds)

    def __len__(self):
        return len(self._events)


def load_inventory(text):
    types = {"price": int, "stock": int, "category": Category}
    inventory = Inventory()
    for row in parse_rows(text, types):
        stock = row.pop("stock")
        inventory.add(Product(**row), stock)
    return inventory


def place_order(inventory, number, customer, items, log):
    order = Order(number, customer)
    try:
        with inventory.transaction():
            for sku, qty in items:
                line = order.add(inventory[sku], qty)
                inventory.take(sku, qty)
                log.emit("reserve", f"#{number} {sku} x{qty} -> line qty {line.qty}")
    except UnknownProduct as e:
        order.status = Status.CANCELLED
        order.notes.append(str(e))
        log.emit("reject", f"#{number} {e}")
    except OutOfStock as e:
        order.status = Status.CANCELLED
        order.notes.append(f"out of stock: {e}")
        log.emit("reject", f"#{number} {e.sku} short by {e.wanted - e.available}")
    except InvalidOrder as e:
        order.status = Status.CANCELLED
        order.notes.append(f"invalid: {e}")
        log.emit("reject", f"#{number} invalid ({e})")
    else:
        log.emit("accept", f"#{number} for {customer}: {money(order.total)}")
    return order


def pay(order, log, discount_codes={"ann": 10}):
    if order.status is not Status.NEW:
        return None
    percent = discount_codes.get(order.customer, 0)
    due = order.total - order.total * percent // 100
    order.status = Status.PAID
    log.emit("pay", f"#{order.number} paid {money(due)}" + (f" ({percent}% off)" if percent else ""))
    return due


def ship(orders, log, batch_size=2):
    paid = [o for o in orders if o.status == Status.PAID]
    for batch_no, batch in enumerate(chunked(paid, batch_size), start=1):
        for order in batch:
            order.status = Status.SHIPPED
        log.emit("ship", f"batch {batch_no}: " + ", ".join(f"#{o.number}" for o in batch))
        yield batch_no, [o.number for o in batch]


def main():
    print(f"pkg_shop {pkg_shop.__version__}: {', '.join(pkg_shop.__all__[:4])}, ...")
    inventory = load_inventory(CATALOGUE)
    print(f"loaded {len(inventory)} products; 'B-001' in stock: {'B-001' in inventory}")
    log = EventLog()

    numbers = itertools.count(1001)
    orders = [place_order(inventory, next(numbers), o["customer"], o["items"], log)
              for o in json.loads(ORDERS_JSON)]

    payments = {o.number: due for o in orders if (due := pay(o, log)) is not None}
    print(f"payments: {len(payments)} orders, {money(sum(payments.values()))} received")
    shipped = dict(ship(orders, log))
    print("shipped batches:", shipped)

    print("\n== Orders ==")
    for order in orders:
        print(order)
        for note in order.notes:
            print(f"    note: {note}")

    print("\n== Stock ==")
    rows = list(reports.stock_lines(inventory))
    for line in reports.table(rows, ("SKU", "Name", "Cat", "Gross", "Qty", ""), "<<<>><"):
        print(line.rstrip())

    print("\n== By status ==")
    for status, count, total in reports.by_status(orders):
        print(f"{status.name:<10}{count:>3}{money(total):>12}")

    print("\n== Best sellers ==")
    live = [o for o in orders if o.status is not Status.CANCELLED]
    for rank, (name, qty) in enumerate(reports.best_sellers(live), 1):
        print(f"{rank}. {name:<16} {qty:>3} {'*' * qty}")

    per_customer = defaultdict(list)
    for o in orders:
        if o.status is Status.SHIPPED:
            per_customer[o.customer].append(o.total)
    spend = OrderedDict(sorted(((c, sum(t)) for c, t in per_customer.items()),
                               key=lambda kv: kv[1], reverse=True))
    print("\n== Customer spend ==")
    running = itertools.accumulate(spend.values())
    for (customer, amount), cumulative in zip(spend.items(), running):
        print(f"{customer:>5}: {money(amount):>9}  cumulative {money(cumulative):>10}")

    vat = functools.reduce(
        lambda acc, line: acc + (line.product.gross() - line.product.price) * line.qty,
        (line for o in orders if o.status is Status.SHIPPED for line in o), 0)
    print(f"\nVAT collected: {money(vat)}")

    by_cat = defaultdict(int)
    for o in orders:
        if o.status is not Status.CANCELLED:
            for line in o:
                by_cat[line.product.category] += line.qty
    print("units by category:", {c.value: n for c, n in sorted(by_cat.items(), key=lambda kv: kv[0].value)})

    print("\n== Events ==")
    kinds = sorted({e.kind for e in log.of_kind("accept", "reject", "pay", "ship", "reserve")})
    print(f"{len(log)} events:", ", ".join(f"{k}={sum(1 for _ in log.of_kind(k))}" for k in kinds))
    for event in log.of_kind("reject", "ship"):
        print(f"  [{event.seq:02}] {event.kind:<6} {event.detail}")
    print("inventory calls:", len(CALL_LOG), set(CALL_LOG))
    rollbacks = [h for h in inventory.history if h[0] == "rollback"]
    print("rollbacks:", len(rollbacks))

    print("\n== Summary JSON ==")
    print(reports.summary_json(orders))

    try:
        inventory["nope"]
    except ShopError as e:
        print(f"\n{type(e).__name__} is a KeyError: {isinstance(e, KeyError)}; message: {e}")


if __name__ == "__main__":
    main()
