# A small stack-machine interpreter whose instruction dispatch is a match statement.
def run(program, trace=False):
    stack, pc, out, env = [], 0, [], {}
    while pc < len(program):
        instr = program[pc]
        pc += 1
        match instr:
            case ("push", value):
                stack.append(value)
            case ("pop",):
                stack.pop()
            case ("add" | "sub" | "mul" | "div" as op,):
                b, a = stack.pop(), stack.pop()
                match op:
                    case "add": stack.append(a + b)
                    case "sub": stack.append(a - b)
                    case "mul": stack.append(a * b)
                    case "div":
                        if b == 0:
                            raise ZeroDivisionError(f"division by zero at pc={pc - 1}")
                        stack.append(a // b)
            case ("store", str(name)):
                env[name] = stack.pop()
            case ("load", str(name)):
                if name not in env:
                    raise NameError(f"undefined variable {name!r}")
                stack.append(env[name])
            case ("jz", int(target)):
                if stack.pop() == 0:
                    pc = target
            case ("jmp", int(target)):
                pc = target
            case ("print",):
                out.append(stack.pop())
            case ("halt",):
                break
            case other:
                raise ValueError(f"bad instruction {other!r}")
    return out
countdown = [("push", 3), ("store", "n"),
             ("load", "n"), ("jz", 12),
             ("load", "n"), ("print",),
             ("load", "n"), ("push", 1), ("sub",), ("store", "n"),
             ("jmp", 2), ("halt",),
             ("push", 100), ("print",)]
print(run(countdown))
print(run([("push", 6), ("push", 7), ("mul",), ("print",)]))
for bad in ([("push", 1), ("push", 0), ("div",)], [("load", "zz")], [("jump", 1)], [("push", 1, 2)]):
    try:
        print(run(bad))
    except (ZeroDivisionError, NameError, ValueError) as e:
        print(type(e).__name__, e)
