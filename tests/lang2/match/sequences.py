# Sequence patterns with star captures.
def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return "one " + repr(x)
        case [x, y]:
            return "pair " + repr((x, y))
        case [first, *middle, last]:
            return "first " + repr(first) + " middle " + repr(middle) + " last " + repr(last)
for s in ([], [1], (1, 2), [1, 2, 3, 4], "ab", range(3)):
    try:
        print(repr(s), shape(s))
    except TypeError as e:
        print("TypeError", e)
match (1, (2, 3)):
    case (a, (b, c)):
        print(a + b + c)
