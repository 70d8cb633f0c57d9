# An uncaught exception from a user hierarchy, chained with `from`,
# raised inside methods: the traceback goes to stderr.

class InventoryError(Exception):
    def __init__(self, item, need, have):
        super().__init__(item, need, have)
        self.item = item

    def __str__(self):
        need, have = self.args[1], self.args[2]
        return f"{self.item}: need {need}, have {have}"

class OrderFailed(Exception):
    pass

class Warehouse:
    def __init__(self):
        self.stock = {"bolt": 10, "nut": 2}

    def take(self, item, n):
        have = self.stock.get(item, 0)
        if have < n:
            raise InventoryError(item, n, have)
        self.stock[item] = have - n

class Order:
    def __init__(self, warehouse, lines):
        self.warehouse = warehouse
        self.lines = lines

    def fill(self):
        for item, n in self.lines:
            try:
                self.warehouse.take(item, n)
            except InventoryError as e:
                raise OrderFailed(f"order cannot be filled ({e.item})") from e
            print("took", n, item)

w = Warehouse()
Order(w, [("bolt", 3)]).fill()
print(w.stock)
Order(w, [("bolt", 4), ("nut", 5)]).fill()
print("not reached")
