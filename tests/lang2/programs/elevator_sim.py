# An elevator simulation: states as class constants, requests as a generator-fed queue, events logged with f-strings.
class State:
    IDLE, UP, DOWN, DOORS = "idle", "up", "down", "doors"
class ElevatorError(Exception):
    pass
class Elevator:
    def __init__(self, floors):
        self.floors = floors
        self.floor = 0
        self.state = State.IDLE
        self.targets = set()
        self.log = []
    def request(self, floor):
        if not 0 <= floor < self.floors:
            raise ElevatorError(f"no floor {floor} (0..{self.floors - 1})")
        if floor != self.floor or self.state != State.IDLE:
            self.targets.add(floor)
    def step(self, t):
        if self.state == State.DOORS:
            self.state = State.IDLE
        if not self.targets:
            self.state = State.IDLE
            return
        above = [f for f in self.targets if f > self.floor]
        below = [f for f in self.targets if f < self.floor]
        if self.state in (State.IDLE, State.UP) and above:
            self.state = State.UP
        elif below:
            self.state = State.DOWN
        else:
            self.state = State.UP if above else State.IDLE
        self.floor += {State.UP: 1, State.DOWN: -1}.get(self.state, 0)
        if self.floor in self.targets:
            self.targets.discard(self.floor)
            self.state = State.DOORS
            self.log.append(f"t={t:>2} stop at {self.floor}")
def requests():
    yield 0, [3]
    yield 1, [1]
    yield 4, [0, 5]
    yield 6, [9]
    yield 7, [2]
def simulate(elevator, ticks):
    schedule = dict(requests())
    for t in range(ticks):
        for floor in schedule.get(t, []):
            try:
                elevator.request(floor)
            except ElevatorError as e:
                elevator.log.append(f"t={t:>2} rejected: {e}")
        elevator.step(t)
        yield t, elevator.floor, elevator.state
trace = list(simulate(Elevator(6), 16))
print(" ".join(f"{f}{s[0]}" for _, f, s in trace))
e = Elevator(6)
for entry in list(simulate(e, 16)) and e.log:
    print(entry)
print(e.floor, e.state, sorted(e.targets))
