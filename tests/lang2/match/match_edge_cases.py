# match edge cases: subject evaluated once, capture binding after failed cases, dotted names, soft keywords.
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2]
match subject():
    case [1]:
        pass
    case [1, 2, 3]:
        pass
    case [a, b]:
        print("matched", a, b, "calls", calls)
match = "match is a soft keyword"
case = 3
print(match, case)
_ = "underscore variable"
match 7:
    case _:
        print("wildcard does not bind, _ is", _)
match (1, 2):
    case (x, y) if x > y:
        print("no")
    case (x, y):
        print("second case binds", x, y)
def f(v):
    match v:
        case {"k": [*_, last]} if last:
            return f"truthy last {last}"
        case {"k": [*_]}:
            return "falsy or empty list"
        case {"k": _}:
            return "k present"
    return "fell through"
print(f({"k": [1, 2, 3]}), f({"k": [0]}), f({"k": []}), f({"k": "str"}), f([]))
class C:
    A = "a"
match "a":
    case C.A:
        print("dotted value pattern")
match 0.0:
    case 0:
        print("0.0 matches literal 0")
match False:
    case 0:
        print("False matches 0")
match 1:
    case True:
        print("1 matches True?")
    case _:
        print("1 does not match True (identity)")
match [1, [2]]:
    case [int(), [int() as inner]] as whole:
        print("as at two levels", inner, whole)
