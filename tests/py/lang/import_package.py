import pkg_shapes
print(pkg_shapes.VERSION, pkg_shapes.Circle(1).area(), pkg_shapes.square_mod.area(3))
from pkg_shapes.square import as_circle_area
print(as_circle_area(2))
import pkg_shapes.sub
print(pkg_shapes.sub.NAME, pkg_shapes.sub.square_area(4))
from pkg_shapes.sub import deep
print(deep.info(), deep.circle.Circle(2).area())
import pkg_shapes.circle as circ
print(circ.Circle is pkg_shapes.Circle, pkg_shapes.__name__, pkg_shapes.circle.__name__)
print(pkg_shapes.__doc__, hasattr(pkg_shapes, "__path__"), hasattr(circ, "__path__"))
