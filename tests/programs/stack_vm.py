# A tiny stack VM interpreter written in Python, with an assembler.
def assemble(src):
    code, labels = [], {}
    for line in src.strip().split("\n"):
        line = line.split("#")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        code.append((parts[0], parts[1] if len(parts) > 1 else None))
    return [(op, labels[arg] if arg in labels else int(arg) if arg and arg.lstrip("-").isdigit() else arg)
            for op, arg in code]
def run(code, trace=False):
    stack, vars_, pc, out, steps = [], {}, 0, [], 0
    while pc < len(code):
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == "push": stack.append(arg)
        elif op == "load": stack.append(vars_[arg])
        elif op == "store": vars_[arg] = stack.pop()
        elif op == "add": b = stack.pop(); stack.append(stack.pop() + b)
        elif op == "sub": b = stack.pop(); stack.append(stack.pop() - b)
        elif op == "mul": b = stack.pop(); stack.append(stack.pop() * b)
        elif op == "lt": b = stack.pop(); stack.append(1 if stack.pop() < b else 0)
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "jmp": pc = arg
        elif op == "print": out.append(stack.pop())
        elif op == "halt": break
        else: raise RuntimeError("bad op " + op)
        if trace:
            print(" ", op, arg, stack)
    return out, steps, vars_
FACT = """
    push 1
    store acc
    push 1
    store i
loop:
    load i
    push 21
    lt
    jz end
    load acc
    load i
    mul
    store acc
    load i
    print
    load i
    push 1
    add
    store i
    jmp loop
end:
    load acc
    print
    halt
"""
code = assemble(FACT)
print(len(code), code[:6])
out, steps, v = run(code)
print(out, steps, sorted(v.items()))
print(run(assemble("push 2\npush 3\nadd\npush 4\nmul\nprint"), trace=True)[0])
try:
    run([("nop", None)])
except RuntimeError as e:
    print("RuntimeError", e)
