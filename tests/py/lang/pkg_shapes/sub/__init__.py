from ..square import area as square_area
NAME = __name__
