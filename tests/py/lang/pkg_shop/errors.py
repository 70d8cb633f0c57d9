"""Exceptions raised by the shop."""


class ShopError(Exception):
    """Base class of every shop error."""


class UnknownProduct(ShopError, KeyError):
    def __init__(self, sku):
        super().__init__(sku)
        self.sku = sku

    def __str__(self):
        return f"unknown product {self.sku!r}"


class OutOfStock(ShopError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku, self.wanted, self.available = sku, wanted, available


class InvalidOrder(ShopError, ValueError):
    pass
