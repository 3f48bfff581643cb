# The minimal level has no match statement (as MicroPython): a match statement is a clear
# SyntaxError, and `match`, `case` and `_` stay ordinary names.


def compile_error(source):
    try:
        exec(source)
        print(repr(source), "compiled")
    except SyntaxError as e:
        print(repr(source), "SyntaxError:", e.msg, "line", e.lineno)


compile_error("match x:\n    case 1:\n        pass\n")
compile_error("x = 1\nmatch x, 2:\n    case _:\n        pass\n")
compile_error("def f(p):\n    match p:\n        case [a, *b] if a:\n            return b\n")
compile_error("match (1):\n    case {'k': v}:\n        pass\n")

# `match` and `case` as names: assignments, calls, subscripts, attributes.
match = [1, 2, 3]
case = {"k": "v"}
print(match[0], match[1:], case["k"])
match, case = case, match
print(match, case)


def match(*args):
    return args


print(match(1, 2), match((3)), match[0] if False else "call")
_ = 5
print(_ + 1)


class Case:
    match = "attribute"


print(Case.match, Case().match)
compile_error("match = 7")
compile_error("match(1)")
compile_error("match.x = 1")
