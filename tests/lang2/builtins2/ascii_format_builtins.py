# ascii(), repr() and format() on containers, nested objects and user classes with non-ASCII reprs.
class City:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"City({self.name!r})"
cities = [City("Zürich"), City("東京"), City("Oslo")]
print(cities)
print(ascii(cities))
print(ascii({"ключ": "значение"}), ascii(("ß", b"\xc3")), ascii(set()), ascii(frozenset()))
print(ascii("\t\n\x7f\x80\xff\u0100\uffff\U00010000"))
print(format(12, "b"), format(12.5, ".1%"), format("abc", "x^7"), format(City("a"), ""))
print(repr(1.0), repr(1e100), repr(-0.0), repr(float("nan")), repr(2**64), repr(True))
print(str(b"\x00a"), repr(bytearray(b"\n")), repr(memoryview(b"")).startswith("<memory"))
print(ord("€"), chr(8364), ascii(chr(8364)), hex(ord("é")))
nested = {"list": [1, (2, "três")], "none": None, "bool": False}
print(nested)
print(ascii(nested))
print(repr(""), repr("'"), repr('"'), repr("'\""), ascii("'\""))
