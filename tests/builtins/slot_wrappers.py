# Special methods of builtin types called as attributes: results, NotImplemented and errors.
print(list.__repr__([1, "a"]), tuple.__repr__((1,)), dict.__repr__({1: 2}), set.__repr__({3}))
print("a".__add__("b"), "ab".__getitem__(1), "ab".__mul__(3), "a".__rmul__(2), "a".__lt__("b"))
print([1].__add__([2]), (1,).__add__((2,)), [0].__mul__(2), [0].__rmul__(3), b"x".__add__(b"y"))
print([3].__eq__([3]), [3].__eq__((3,)), [3].__ne__([4]), "a".__eq__(1), (1).__add__("a"))
print((5).__add__(3), int.__add__(2, 3), (2.5).__bool__(), (0).__bool__(), str.__str__("s"))
print({1: 2}.__getitem__(1), dict.__len__({1: 2}), "abc".__contains__("b"), [1, 2].__len__())
print(list(iter([4, 5]).__iter__()), (1, 2).__hash__() == hash((1, 2)), "x".__hash__() == hash("x"))
print({1, 2}.__or__({3}), {1}.__or__([2]), {1: 1}.__or__({2: 2}), {1: 1}.__or__([]))
print(frozenset({1}).__eq__({1}), {1}.__le__({1, 2}), {}.keys().__eq__(set()), {}.__lt__({}))
print(list.__hash__, dict.__hash__, set.__hash__, (1).__neg__(), "%s!".__mod__("x"))
l = [1]
print(l.__iadd__([2]) is l, l, l.__imul__(2), {1}.__ior__([2]), range(5).__getitem__(2))
print(type(list.__len__).__name__ != "", [].__len__.__name__, list.__add__.__name__)
print(list.__len__, str.__add__, list.append, str.join)
for call in (lambda: list.__len__("x"), lambda: str.__add__(1, "a"), lambda: list.append("x", 1),
             lambda: [1].__add__((2,)), lambda: "a".__add__(1), lambda: b"a".__add__(1),
             lambda: range(1).__len__(1), lambda: [].__add__(), lambda: range.__len__(),
             lambda: {}.__getitem__("k"), lambda: str.upper(5), lambda: int.bit_length("a")):
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
names = ("__add__", "__getitem__", "__len__", "__iter__", "__contains__", "__eq__", "__lt__", "__hash__")
for o in ("", [], (), {}, set(), b"", range(1), 5, 2.5):
    print(type(o).__name__, [n for n in names if n in dir(o)])
print([n for n in ("__add__", "__mul__", "__repr__", "__bool__") if n in dir(int)])
