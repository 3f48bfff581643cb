# Formatting bools, None, containers and non-ASCII strings with widths; str methods vs format alignment.
for v in (True, False, None, [1], (2,), {"a": 1}):
    print(f"|{v!s:>8}|{str(v):<8}|{repr(v):^10}|")
print(f"|{True:>5}|{True:d}|{False:+d}|{True:.2f}|{True:x}|{False:b}|")
for s in ("é", "日本語", "a\u0301", "ß"):
    print(f"|{s:>6}|{s:*^7}|{len(s)}|{s.upper()!r}|{s.center(6, '.')}|{s.ljust(4, '_')}|")
print("|" + "x".rjust(5) + "|" + "x".zfill(4) + "|" + "-7".zfill(5) + "|" + "+3".zfill(4) + "|")
print("{:>5}|{:<5}|{:^5}".format("toolong", "x", ""))
print(format(None, "^6") if False else repr(format(None)), repr(format(True)), repr(format(1.0)))
try:
    format(None, ">5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], "^8")
except TypeError as e:
    print(type(e).__name__, e)
print(f"{'left':<{8}}{'mid':^{9}}{'right':>{7}}|")
print("%-8s%8s|%s" % (True, None, [None]))
