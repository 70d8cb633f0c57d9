# errors raised while matching, with CPython's messages
class C:
    pass
class D:
    __match_args__ = ["a"]
class E:
    __match_args__ = (1,)
class F:
    __match_args__ = ("a", "a")
    a = 1
class G:
    __match_args__ = ("a",)
    a = 1
class H:
    __match_args__ = ("x",)
    @property
    def x(self):
        raise RuntimeError("property failed")

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def m_c():
    match C():
        case C(1):
            return "matched"
def m_d():
    match D():
        case D(1):
            return "matched"
def m_e():
    match E():
        case E(1):
            return "matched"
def m_f():
    match F():
        case F(1, 2):
            return "matched"
def m_g():
    match G():
        case G(1, a=1):
            return "matched"
def m_h():
    match H():
        case H(1):
            return "matched"
def m_notype():
    cls = len
    match 1:
        case cls():
            return "matched"
def m_int2():
    match 1:
        case int(1, 2):
            return "matched"
def m_unhashable():
    class K:
        k = []
    match {1: 2}:
        case {K.k: 1}:
            return "matched"
def m_bad_len():
    class Weird(list):
        def __len__(self):
            raise ValueError("no len")
    match Weird([1]):
        case [x]:
            return "matched"

for name, fn in [("C", m_c), ("D", m_d), ("E", m_e), ("F", m_f), ("G", m_g), ("H", m_h),
                 ("notype", m_notype), ("int2", m_int2), ("unhashable", m_unhashable), ("badlen", m_bad_len)]:
    attempt(name, fn)
