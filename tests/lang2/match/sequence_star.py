# Sequence patterns: fixed length, star in every position, nested sequences, strings are not sequences.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *middle, last] if not middle:
            return "impossible"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*init, 0]:
            return f"ends with 0, init {init}"
        case [a, [b, *inner], *_]:
            return f"nested {a} {b} {inner}"
        case [_, _, *mid, _] if len(mid) > 2:
            return f"long, middle {mid}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return "other"
for s in ([], [5], (5, 6), [1, 2, 3], [4, 5, 0], [9, [8, 7, 6], 5], list(range(7)), (7, 8, 9),
          "ab", b"ab", range(3), {1, 2}, iter([1])):
    print(repr(s) if not hasattr(s, "__next__") else "iterator", "->", shape(s))
match [1, 2, 3]:
    case [*all_items]:
        print("captured", all_items, type(all_items).__name__)
match (1, 2):
    case [a, b]:
        print("tuple matched list pattern", a, b)
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print(a + b + c + d)
pairs = [(1, "one"), (2, "two"), ("x", 3)]
for p in pairs:
    match p:
        case (int() as n, str() as s):
            print(n, s)
        case (a, b):
            print("other pair", a, b)
