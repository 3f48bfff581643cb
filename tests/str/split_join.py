# split, rsplit, join.
print("a b  c\td\n".split())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1))
print("  lead and trail  ".split(), "".split(), "".split(","), "abc".split("abc"))
print("a--b--c".split("--"), "a--b--c".rsplit("--"), "a b c d".split(None, 2), "a b c d".rsplit(None, 2))
print(",".join(["x", "y", "z"]), "".join([]), "-".join("abc"), " ".join(str(i) for i in range(4)))
print("->".join(["solo"]), "ab".join(["1", "2", "3"]))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
