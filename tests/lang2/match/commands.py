# A command interpreter using match on split strings.
def run(cmd, state):
    match cmd.split():
        case ["push", n]:
            state.append(int(n))
        case ["pop"]:
            return state.pop() if state else "empty"
        case ["add"] if len(state) >= 2:
            state.append(state.pop() + state.pop())
        case ["add"]:
            return "need two"
        case ["dup", *_]:
            state.append(state[-1])
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *args]:
            return "unknown " + verb + " " + repr(args)
        case []:
            return "blank"
st = []
for c in ["push 3", "push 4", "add", "dup x y", "add", "pop", "pop", "add", "frob 1 2", "", "exit"]:
    r = run(c, st)
    print(repr(c), r, st)
