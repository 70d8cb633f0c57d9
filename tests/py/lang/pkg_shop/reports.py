"""Report generation: text tables from generators, JSON summaries."""
import itertools
import json
from collections import Counter
from operator import attrgetter

from .utils import money


def table(rows, headers, aligns):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    fmt = " | ".join(f"{{:{a}{w}}}" for a, w in zip(aligns, widths))
    yield fmt.format(*headers)
    yield "-+-".join("-" * w for w in widths)
    for row in rows:
        yield fmt.format(*row)


def stock_lines(inventory, low=5):
    for product, qty in inventory:
        flag = "LOW" if qty < low else ""
        yield product.sku, product.name, product.category.value, money(product.gross()), qty, flag


def by_status(orders):
    key = attrgetter("status")
    for status, group in itertools.groupby(sorted(orders, key=key), key=key):
        group = list(group)
        yield status, len(group), sum(o.total for o in group)


def best_sellers(orders, n=3):
    counts = Counter()
    for order in orders:
        for line in order:
            counts[line.product.name] += line.qty
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def summary_json(orders):
    data = {
        "orders": len(orders),
        "revenue_cents": sum(o.total for o in orders if o.status.name != "CANCELLED"),
        "customers": sorted({o.customer for o in orders}),
        "per_status": {s.name.lower(): n for s, n, _ in by_status(orders)},
    }
    return json.dumps(data, indent=2, sort_keys=True)
