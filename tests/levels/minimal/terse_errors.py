# At the minimal level (no `detailed-errors`), formatted error messages are short static
# texts, as MicroPython's terse error reporting: still the right exception type, never empty.
# Names of undefined variables, missing attributes and modules are kept.


def show(f):
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)


def two(a, b):
    return a + b


class C:
    pass


five = 5
key = "a"


show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1] + (2,))
show(lambda: [1] * "x")
show(lambda: -"a")
show(lambda: 1 < "a")
show(lambda: two(1))
show(lambda: two(1, 2, 3))
show(lambda: two(1, c=2))
show(lambda: len(1))
show(lambda: len())
show(lambda: int("12x"))
show(lambda: int([]))
show(lambda: [1, 2][5])
show(lambda: "ab"[9])
show(lambda: [1][key])
show(lambda: {"a": 1}["b"])
show(lambda: five())
show(lambda: iter(5))
show(lambda: [x for x in 5])
show(lambda: five[0])
show(lambda: hash([]))
show(lambda: [1, 2].index(3))
show(lambda: ord("ab"))
show(lambda: chr("a"))
show(lambda: undefined_name)
show(lambda: C().missing)
show(lambda: (1).missing)
show(lambda: __import__("no_such_module"))


def unpack():
    a, b = [1, 2, 3]


def unpack2():
    a, b, c = [1, 2]


show(unpack)
show(unpack2)


def local():
    print(x)
    x = 1


show(local)
show(lambda: "{:d}".format("a"))
show(lambda: "{0}".format())
show(lambda: bytes("a"))
