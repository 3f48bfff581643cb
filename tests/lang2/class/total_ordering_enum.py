# functools.total_ordering and enum.Enum used by user classes.
import functools
import enum
@functools.total_ordering
class Card:
    ORDER = "23456789TJQKA"
    def __init__(self, s):
        self.rank, self.suit = s[0], s[1]
    def __eq__(self, o):
        return self.rank == o.rank
    def __lt__(self, o):
        return self.ORDER.index(self.rank) < self.ORDER.index(o.rank)
    def __repr__(self):
        return self.rank + self.suit
    __hash__ = object.__hash__
hand = [Card(c) for c in ("Kh", "2c", "Ad", "Ts", "5h")]
print(sorted(hand), max(hand), min(hand))
print(Card("Kh") >= Card("Ks"), Card("2c") > Card("3c"), Card("Ad") <= Card("Kd"), Card("Ts") != Card("Th"))
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name.lower()}={self.value}"
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.describe())
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == 1)
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, int(rw), Perm.R in rw, Perm.X in rw)
class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404).name, sorted([Status.NOT_FOUND, Status.OK]), Status.OK + 1)
