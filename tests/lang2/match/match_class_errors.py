# Class-pattern errors at match time: bad __match_args__, too many positional sub-patterns, non-class in pattern.
class ListArgs:
    __match_args__ = ["a"]
    a = 1
try:
    match ListArgs():
        case ListArgs(x):
            print("matched", x)
except TypeError as e:
    print(type(e).__name__, e)
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for subject in (5, "s", 2.5, (1, 2), P(1, 2)):
    try:
        match subject:
            case int(a, b) | str(a, b) | float(a, b) | tuple(a, b):
                print("impossible")
            case P(a, b, c):
                print("impossible")
    except TypeError as e:
        print(type(e).__name__, e)
not_a_class = len
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Dup:
    __match_args__ = ("x",)
    x = 1
try:
    match Dup():
        case Dup(v, x=w):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match P(1, 2):
    case P(y=2, x=1):
        print("keywords in any order")
match 5:
    case int(v):
        print("int self-match", v)
match "txt":
    case str(s) if len(s) == 3:
        print("str self-match", s)
