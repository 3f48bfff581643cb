# explicit calls of int and float special methods, NotImplemented for foreign operands
print(int.__add__(1, 2), int.__add__(1, 2.0), int.__radd__(1, 2), int.__sub__(10, 3), int.__rsub__(10, 3))
print(int.__mul__(6, 7), int.__truediv__(7, 2), int.__rtruediv__(2, 7), int.__floordiv__(-7, 2), int.__mod__(-7, 2), int.__rmod__(3, 10))
print(int.__pow__(2, 10), int.__pow__(2, 10, 1000), int.__pow__(2, -1), int.__rpow__(3, 2), int.__divmod__(7, -2), int.__rdivmod__(2, 7))
print(int.__lshift__(1, 70), int.__rshift__(-256, 4), int.__and__(12, 10), int.__or__(12, 10), int.__xor__(12, 10), int.__rlshift__(3, 1))
print(int.__eq__(1, 1), int.__eq__(1, 1.0), int.__ne__(1, 2), int.__lt__(1, 2), int.__ge__(2**70, 2**70), int.__gt__(1, 'a'))
print((5).__neg__(), (5).__pos__(), (5).__invert__(), (-5).__abs__(), (0).__bool__(), (7).__bool__(), (2**80).__neg__())
print((5).__int__(), (5).__index__(), (5).__float__(), True.__int__(), True.__index__(), type(True.__int__()).__name__)
print((5).__hash__(), (-1).__hash__(), (2**61).__hash__(), (2**100).__hash__() == hash(2**100), (12).__repr__(), (12).__str__(), True.__repr__())
print((12).__format__(''), (2.5).__format__(''), (3).__getnewargs__(), (2.5).__getnewargs__())
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), float.__rsub__(1.0, 10), float.__sub__(1.0, 'x'), float.__eq__(1.0, 1), float.__lt__(1.5, 2))
print(float.__truediv__(1.0, 4), float.__rtruediv__(4.0, 1), float.__floordiv__(7.5, 2), float.__mod__(-7.5, 2), float.__rmod__(2.0, 7))
print(float.__pow__(2.0, 3), float.__rpow__(2.0, 3), float.__divmod__(7.5, 2), float.__rdivmod__(2.0, 7), float.__mul__(1.5, True))
print((2.5).__neg__(), (-2.5).__abs__(), (0.0).__bool__(), (2.5).__hash__() == hash(2.5), (2.5).__repr__(), (1e100).__str__())
print(float.__eq__(float('nan'), float('nan')), float.__ne__(float('nan'), 1), float.__ge__(2.0, 2**70), float.__le__(2.0, 'a'))
for f, args in [(int.__add__, ('a', 1)), (int.__add__, (1,)), (float.__add__, (1, 2.0)), (int.__truediv__, (1, 0)),
                (float.__mod__, (1.0, 0)), (int.__pow__, (2, 3, 0)), (float.__pow__, (2.0, 0.5, 3)), (int.__neg__, (1.5,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(True.__and__(False), True.__or__(False), True.__xor__(True), True.__add__(True), True.__and__(3), True.__rand__(True), True.__lt__(2), True.__eq__(1))
print(True.__neg__(), True.__invert__(), True.__pow__(True), True.__divmod__(True), True.__floordiv__(True), True.__truediv__(True))
