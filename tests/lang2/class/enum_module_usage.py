# The enum module as typical code uses it: Enum with auto, IntEnum arithmetic, iteration, lookup, unique, members in sets.
import enum
class Status(enum.Enum):
    PENDING = enum.auto()
    RUNNING = enum.auto()
    DONE = enum.auto()
    def is_final(self):
        return self is Status.DONE
class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10
print(list(Status), [s.value for s in Status], Status.RUNNING.name, Status(3), Status["PENDING"])
print(Status.DONE.is_final(), Status.PENDING.is_final(), Status.DONE == Status.DONE, Status.DONE == 3)
print(repr(Status.RUNNING), str(Status.RUNNING), type(Status.DONE).__name__, isinstance(Status.DONE, Status))
print(Priority.HIGH > Priority.LOW, Priority.NORMAL + 1, sorted([Priority.HIGH, Priority.LOW]), Priority(5).name, int(Priority.HIGH))
print({Status.PENDING: "p", Status.DONE: "d"}[Status.DONE], len(Status), Status.RUNNING in Status)
for bad in (lambda: Status(9), lambda: Status["NOPE"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Status.DONE = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Alias(enum.Enum):
    ONE = 1
    UNO = 1
print(Alias.UNO is Alias.ONE, list(Alias), Alias(1).name)
def handle(s):
    match s:
        case Status.PENDING | Status.RUNNING:
            return "busy"
        case Status.DONE:
            return "finished"
print([handle(s) for s in Status])
