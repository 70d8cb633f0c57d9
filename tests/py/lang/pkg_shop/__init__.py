"""A tiny order-processing package used by app_shop_orders.py."""
from .errors import ShopError, OutOfStock, UnknownProduct, InvalidOrder
from .models import Category, Status, Product, OrderLine, Order
from .inventory import Inventory

__version__ = "0.3"
__all__ = ["ShopError", "OutOfStock", "UnknownProduct", "InvalidOrder",
           "Category", "Status", "Product", "OrderLine", "Order", "Inventory"]
