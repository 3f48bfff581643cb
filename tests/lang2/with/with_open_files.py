# The most common with statement: open() for writing, appending and reading text files, closed on exit or error.
import sys
path = "/tmp/_lang2_with_open_" + sys.implementation.name + ".txt"
with open(path, "w") as fh:
    print("closed inside?", fh.closed)
    fh.write("alpha\n")
    n = fh.write("beta\n")
print("wrote", n, "closed after?", fh.closed)
with open(path, "a") as fh:
    print("gamma", file=fh)
with open(path) as fh:
    print(repr(fh.read()))
with open(path) as fh:
    print([line.rstrip("\n") for line in fh])
with open(path) as fh:
    print(repr(fh.readline()), fh.readlines())
try:
    with open(path) as fh:
        first = fh.readline()
        raise ValueError("while reading " + first.strip())
except ValueError as e:
    print(type(e).__name__, e, "closed:", fh.closed)
try:
    with open(path + ".missing") as fh:
        pass
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, isinstance(e, OSError))
with open(path, "rb") as fh:
    data = fh.read()
print(type(data).__name__, data[:5], len(data))
with open(path, "w") as a, open(path + ".2", "w") as b:
    a.write("one")
    b.write("two")
with open(path) as a, open(path + ".2") as b:
    print(a.read() + b.read())
