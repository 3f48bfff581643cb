# enum: members, lookups by value and name, iteration, aliases, auto, IntEnum, errors.
from enum import Enum, IntEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower() + "!"

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, Color.RED.value, Color.BLUE.name)
print(Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1, Color.GREEN.describe())
print(sorted(Color.__members__), isinstance(Color.RED, Color), type(Color.RED).__name__, repr(Color))
print({Color.RED: "r"}[Color.CRIMSON], f"{Color.BLUE}", f"{Color.RED:>12}|")
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    TRIANGLE = auto()
print([(s.name, s.value) for s in Shape])

class Level(IntEnum):
    LOW = 10
    HIGH = 20
print(Level.LOW < Level.HIGH, Level.HIGH + 1, Level(20), str(Level.LOW), repr(Level.HIGH), sorted([Level.HIGH, Level.LOW]))
print(Level.LOW == 10, int(Level.HIGH), f"{Level.LOW:03d}")

def state_name(s):
    match s:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"
print([state_name(c) for c in Color])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
