# % formatting on bytes and mixed conversions.
print(b"%d-%s" % (5, b"x"), b"%05.1f" % 3.14159, b"%c" % 65)
print("%3d%%" % 50, "%-6s|" % "ab", "%r" % "q'q", "%a" % "é")
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
vals = {"n": 3, "f": 1.5}
print("n=%(n)03d f=%(f).3f" % vals)
