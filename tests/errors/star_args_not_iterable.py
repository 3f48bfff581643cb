# f(*x) with x not iterable names the function; iteration errors of a real iterable pass through.
def f(*a, **k):
    return a, k


class Box:
    def m(self, *a):
        return a


class Broken:
    def __iter__(self):
        raise ValueError("broken iterator")


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


for call in (lambda: f(*5), lambda: print(*None), lambda: Box().m(*3.5), lambda: len(*7),
             lambda: f(*Broken()), lambda: f(*"ab"), lambda: f(*range(3)), lambda: f(*Seq()),
             lambda: f(*[1, 2], x=1), lambda: f(*5, x=1), lambda: f(*(i for i in range(2))),
             lambda: f(1, *5)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
lst = [1, 2]
print(f(*lst), lst)
for make in (lambda: [*5], lambda: [1, *None], lambda: (*3,), lambda: {*4}):
    try:
        print(make())
    except TypeError as e:
        print("TypeError", e)
