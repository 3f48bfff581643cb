# operator: the operator functions, itemgetter, attrgetter (dotted), methodcaller.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4))
print(operator.not_(0), operator.truth([]), operator.abs(-3), operator.inv(5), operator.invert(0))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt("b", "a"), operator.ge(1, 2))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.is_(None, None), operator.is_not(1, None), operator.index(7), operator.concat([1], [2]))
print(operator.contains("hello", "ell"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
print(operator.getitem(d, "b"), d)
operator.delitem(d, "a")
print(d, operator.getitem([1, 2, 3], slice(1, None)))
lst = [1]
print(operator.iadd(lst, [2]) is lst, lst, operator.iadd(1, 2), operator.iconcat([0], (1,)))
print(operator.isub(5, 1), operator.imul(3, 3), operator.itruediv(1, 4), operator.ifloordiv(9, 2))
print(operator.imod(9, 4), operator.ipow(3, 3), operator.iand(6, 3), operator.ior(4, 1), operator.ixor(5, 1))
print(operator.ilshift(1, 3), operator.irshift(8, 1), operator.length_hint([1, 2]), operator.length_hint(object(), 5))
class Hint:
    def __length_hint__(self):
        return 12


print(operator.length_hint(Hint()), operator.length_hint(Hint(), 1))
print(operator.call(max, 3, 9), operator.__add__ is operator.add, operator.__not__(1))
for bad in [lambda: operator.index(1.5), lambda: operator.concat(1, 2), lambda: operator.indexOf([1], 2),
            lambda: operator.truediv(1, 0), lambda: operator.add(1, "a")]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

rows = [("bob", 25, "B"), ("alice", 30, "A"), ("carol", 25, "C")]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(0)(rows), itemgetter(-1, 0)("xyz"))
print(itemgetter("k")({"k": "v"}), repr(itemgetter(1)), repr(itemgetter(1, "a")))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.meta = None

    def shifted(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"P({self.x}, {self.y})"


p = Point(1, 2)
p.meta = Point(9, 8)
print(attrgetter("x")(p), attrgetter("x", "y")(p), attrgetter("meta.y")(p), attrgetter("meta.meta")(p))
print(repr(attrgetter("meta.x", "y")), sorted([Point(3, 0), Point(1, 5)], key=attrgetter("x")))
print(methodcaller("shifted", 10)(p), methodcaller("shifted", 1, dy=1)(p), methodcaller("upper")("hi"))
print(repr(methodcaller("shifted", 1, dy=2)), list(map(methodcaller("strip", "x"), ["xax", "bx"])))
for bad in [lambda: attrgetter(1), lambda: attrgetter("z")(p), lambda: itemgetter(),
            lambda: methodcaller(), lambda: methodcaller(5), lambda: itemgetter(5)([1])]:
    try:
        bad()
    except (TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
