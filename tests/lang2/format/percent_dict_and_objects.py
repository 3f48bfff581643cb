# %-formatting with mappings, objects that define __str__/__repr__/__index__/__float__, and tuples.
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c}C"
    def __repr__(self):
        return f"Temp({self.c})"
    def __float__(self):
        return float(self.c)
    def __index__(self):
        return int(self.c)
    def __int__(self):
        return int(self.c)
t = Temp(21)
print("%s %r %.1f %d %x %o" % (t, t, t, t, t, t))
record = {"name": "sensor-1", "temp": t, "ok": True, "load": 0.875}
print("%(name)s reports %(temp)s (%(temp)r), ok=%(ok)s load=%(load).1f%%" % record)
print("%(name)-12s|%(load)8.3f|" % record)
print("%s" % (t,), "%s" % ((1, 2),), "%s-%s" % tuple("ab"))
print("%5.1s|%-6r|" % ("xyz", "q"))
print("%.3d|%+.2d|%#5x|%-#8o|" % (7, 5, 255, 8))
print("%e|%.0e|%#.0f|%g|%#g" % (0.0, 12345, 3.0, 100000000.0, 1.5))
print("%c|%5c|%-3c|" % ("x", 65, "y"))
try:
    print("%(a)s %s" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%d" % t.__str__())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("%s %s" % {"a": 1})
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % {"a": 1}, "%%(x)s" % (), "%r" % {"k": (1,)})
