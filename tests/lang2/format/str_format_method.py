# str.format with positional, keyword, attribute/index fields and specs.
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("a", "b", "c", "d"))
print("{0:.3f} {1:05d} {0:e} {2:,}".format(2.5, 42, 10 ** 7))
print("{name:>6} {age:03}".format(name="Bob", age=7))
point = {"x": 1, "y": [5, 6]}
print("{p[x]} {p[y][1]}".format(p=point))
class C:
    attr = "value"
print("{0.attr} {0.attr!r:>10}".format(C()))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{{}} {}".format("lit"))
print(format(3.5, ".2f"), format(255, "x"), format("s", "^5"), format(1234567, ","))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
