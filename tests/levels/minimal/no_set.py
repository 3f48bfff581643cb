# The minimal level has no sets (MicroPython's MICROPY_PY_BUILTINS_SET is off in its small
# ports): `set` and `frozenset` are not defined, and a set display or set comprehension is a
# SyntaxError when the code is compiled. Dicts, their views and `in` on other containers work.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except (NameError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)


def compile_only(source):
    try:
        exec(source, {})
        print(repr(source), "ran")
    except SyntaxError as e:
        print(repr(source), "SyntaxError:", e.msg, "line", e.lineno)


attempt("set()", lambda: set())
attempt("frozenset([1])", lambda: frozenset([1]))
import builtins
print(hasattr(builtins, "set"), hasattr(builtins, "frozenset"), "set" in dir(builtins))
compile_only("s = {1, 2}")
compile_only("s = {x for x in range(3)}")
compile_only("print(3 in {1, 2, 3})")
compile_only("s = {*[1, 2]}")
compile_only("x = 1\nif x:\n    y = {x, 2}")
compile_only("d = {}; e = {1: 2}; f = {**e}; g = {k: k for k in 'ab'}; print(d, e, f, g)")
compile_only("def f():\n    return {1, 2}\nprint('never')")

# What remains: dicts as sets of keys, membership on tuples, lists, dicts and views.
seen = {}
for w in "the cat and the hat".split():
    seen[w] = None
print(list(seen), "cat" in seen, "dog" in seen, len(seen))
print(3 in (1, 2, 3), 3 in [1, 2], "a" in "cat", 1 in {1: 0}, 2 in {1: 2}.values())
d = {"a": 1, "b": 2}
print(d.keys() == {"b": 0, "a": 0}.keys(), ("a", 1) in d.items(), sorted(d.items()), d)
print(dict.fromkeys("abca"), sorted(dict.fromkeys([3, 1, 3, 2])), hash((1, "a")) == hash((1, "a")))
attempt("hash({})", lambda: hash({}))
