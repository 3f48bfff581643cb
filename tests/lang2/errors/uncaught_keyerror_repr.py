# An uncaught KeyError shows the repr of its key; exceptions without message show just the name.
d = {"a": 1}
print(d["a"])
try:
    raise IndexError
except IndexError as e:
    print(repr(str(e)))
d["missing key"]
