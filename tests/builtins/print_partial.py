# When str() of an argument raises, print() has already written the arguments (and
# separators) before it, as CPython writes piece by piece.
class Bad:
    def __str__(self):
        raise ValueError("no text")


for args in [(1, Bad()), (Bad(),), ("a", "b", Bad(), "c")]:
    try:
        print(*args, sep="|", end="<end>\n")
    except ValueError as e:
        print()
        print("ValueError", e)
try:
    print(1, 2**5000 * 10**5000)
except ValueError as e:
    print()
    print("ValueError", str(e)[:40])
