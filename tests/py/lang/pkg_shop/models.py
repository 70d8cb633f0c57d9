"""Data model: products, order lines and orders."""
import enum
from dataclasses import dataclass, field

from .errors import InvalidOrder
from .utils import money


class Category(enum.Enum):
    BOOK = "book"
    FOOD = "food"
    TOOL = "tool"

    @property
    def vat_percent(self):
        return {Category.BOOK: 6, Category.FOOD: 9, Category.TOOL: 21}[self]


class Status(enum.IntEnum):
    NEW = 1
    PAID = 2
    SHIPPED = 3
    CANCELLED = 9


@dataclass(frozen=True, order=True)
class Product:
    sku: str
    name: str = field(compare=False)
    price: int = field(compare=False)          # cents, before VAT
    category: Category = field(compare=False, default=Category.TOOL)

    def gross(self):
        return self.price + round(self.price * self.category.vat_percent / 100)


@dataclass
class OrderLine:
    product: Product
    qty: int

    def __post_init__(self):
        if self.qty <= 0:
            raise InvalidOrder(f"quantity must be positive, got {self.qty}")

    @property
    def total(self):
        return self.product.gross() * self.qty


@dataclass
class Order:
    number: int
    customer: str
    lines: list = field(default_factory=list)
    status: Status = Status.NEW
    notes: list = field(default_factory=list, repr=False)

    def add(self, product, qty=1):
        for line in self.lines:
            if line.product == product:
                line.qty += qty
                return line
        line = OrderLine(product, qty)
        self.lines.append(line)
        return line

    @property
    def total(self):
        return sum(line.total for line in self.lines)

    def __iter__(self):
        return iter(self.lines)

    def __len__(self):
        return sum(line.qty for line in self.lines)

    def __str__(self):
        return f"#{self.number} {self.customer:<6} {self.status.name:<9} {len(self):>3} items {money(self.total):>10}"
