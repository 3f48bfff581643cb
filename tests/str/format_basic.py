# str.format without format specs, and f-strings with plain {expr} and !r.
print("{} and {}".format("a", "b"), "{1}{0}{1}".format("x", "y"), "{name}!".format(name="hi"))
print("{{literal}} {}".format(5), "{0!r} {0!s}".format("q"))
x, y = 3, "s"
print(f"{x} {y} {x + 1} {y * 2} {x!r} {y!r}")
print(f"{'nested'} {[1, 2][0]} {{braces}} {len('abc')}")
d = {"k": 1.5}
print(f"d={d} k={d['k']} none={None} list={[1, 'a']}")
name = "é"
print(f"{name!r}" + f"{name}")
def f(v):
    return v * 2
print(f"{f(21)}", f"{x if x > 1 else 0}")
print(f"""multi
{x}""")
