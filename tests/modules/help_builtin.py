import micropython
help()
help(micropython)
class Point:
    dims = 2
    origin = (0, 0)
help(Point)
help("text" if False else None)
try:
    help(1, 2)
except TypeError:
    print("TypeError")
