# An enum-driven state machine: Enum members as states and events, a transition table built by
# a decorator through class attributes, dispatch with match on members, guarded transitions and
# the errors for bad events and member reassignment.
from enum import Enum, IntEnum, auto
class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    DONE = auto()
class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    FINISH = "finish"
class Priority(IntEnum):
    LOW = 1
    HIGH = 2
class Machine:
    transitions = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.transitions = {}
        for name in dir(cls):
            fn = getattr(cls, name)
            for key in getattr(fn, "_on", ()):
                cls.transitions[key] = fn
    @staticmethod
    def on(state, event):
        def mark(fn):
            fn._on = getattr(fn, "_on", ()) + ((state, event),)
            return fn
        return mark
    def __init__(self):
        self.state = State.IDLE
        self.log = []
    def fire(self, event, **data):
        handler = self.transitions.get((self.state, event))
        if handler is None:
            raise ValueError(f"{event.name} not allowed in {self.state.name}")
        new = handler(self, **data)
        self.log.append(f"{self.state.name}->{new.name}")
        self.state = new
        return self
class Job(Machine):
    @Machine.on(State.IDLE, Event.START)
    def start(self, priority=Priority.LOW):
        self.priority = priority
        return State.RUNNING
    @Machine.on(State.RUNNING, Event.PAUSE)
    @Machine.on(State.PAUSED, Event.PAUSE)
    def pause(self):
        return State.PAUSED
    @Machine.on(State.PAUSED, Event.RESUME)
    def resume(self):
        return State.RUNNING
    @Machine.on(State.RUNNING, Event.FINISH)
    def finish(self):
        return State.DONE if self.priority >= Priority.LOW else State.IDLE
def describe(state):
    match state:
        case State.IDLE | State.PAUSED:
            return "waiting"
        case State.RUNNING:
            return "busy"
        case State.DONE:
            return "finished"
print(sorted((s.name, e.value) for s, e in Job.transitions), len(Machine.transitions))
job = Job()
job.fire(Event.START, priority=Priority.HIGH).fire(Event.PAUSE).fire(Event.PAUSE).fire(Event.RESUME)
print(job.state, describe(job.state), job.priority, job.priority + 1)
job.fire(Event("finish"))
print(job.log, describe(job.state))
for bad in (lambda: job.fire(Event.START), lambda: Event("stop"), lambda: State["NOPE"]):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    State.DONE = 5
except AttributeError as e:
    print(e)
print(State.DONE.value, [s.name for s in State], State(2), Priority(2).name, list(Priority))
print(isinstance(State.IDLE, State), State.IDLE in State)
