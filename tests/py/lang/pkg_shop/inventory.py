"""Stock keeping with all-or-nothing reservations."""
import contextlib
from collections import defaultdict

from .errors import OutOfStock, UnknownProduct
from .utils import logged


class Inventory:
    def __init__(self):
        self._products = {}
        self._stock = defaultdict(int)
        self.history = []

    def add(self, product, qty):
        self._products[product.sku] = product
        self._stock[product.sku] += qty

    def __getitem__(self, sku):
        try:
            return self._products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None

    def __contains__(self, sku):
        return sku in self._products

    def __len__(self):
        return len(self._products)

    def __iter__(self):
        for sku in sorted(self._products):
            yield self._products[sku], self._stock[sku]

    def available(self, sku):
        return self._stock[self[sku].sku]

    @logged
    def take(self, sku, qty):
        have = self.available(sku)
        if qty > have:
            raise OutOfStock(sku, qty, have)
        self._stock[sku] -= qty
        self.history.append(("take", sku, qty))

    @contextlib.contextmanager
    def transaction(self):
        saved = dict(self._stock)
        mark = len(self.history)
        try:
            yield self
        except Exception:
            self._stock.clear()
            self._stock.update(saved)
            del self.history[mark:]
            self.history.append(("rollback", mark))
            raise
