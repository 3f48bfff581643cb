# printf-style % formatting.
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%.2f|%8.3f|%-8.1f|%e|%.3E|%g|%G" % (3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print("%x|%X|%#x|%o|%#o|%c|%c" % (255, 255, 255, 8, 8, 65, "z"))
print("%s and %s" % ("a", "b"), "%%" % (), "%s" % [1, 2], "%s" % (1,), "%(name)s is %(age)d" % {"name": "Al", "age": 3})
print("%10s|%-10s|%.2s" % ("right", "left", "truncate"))
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError", e)
