# A compiler from arithmetic/let expressions to bytecode for a small VM: classes, enums as class attrs, match, errors.
class Op:
    PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, NEG, PRINT, JMPZ, JMP = range(11)
    NAMES = "PUSH LOAD STORE ADD SUB MUL DIV NEG PRINT JMPZ JMP".split()
class Instr:
    __slots__ = ("op", "arg")
    def __init__(self, op, arg=None):
        self.op, self.arg = op, arg
    def __repr__(self):
        name = Op.NAMES[self.op]
        return name if self.arg is None else f"{name} {self.arg!r}"
class VMError(Exception):
    pass
def compile_expr(node, code):
    match node:
        case int() | float():
            code.append(Instr(Op.PUSH, node))
        case str(name):
            code.append(Instr(Op.LOAD, name))
        case ("-", x):
            compile_expr(x, code)
            code.append(Instr(Op.NEG))
        case (op, l, r) if op in "+-*/":
            compile_expr(l, code)
            compile_expr(r, code)
            code.append(Instr({"+": Op.ADD, "-": Op.SUB, "*": Op.MUL, "/": Op.DIV}[op]))
        case ("let", name, value, body):
            compile_expr(value, code)
            code.append(Instr(Op.STORE, name))
            compile_expr(body, code)
        case _:
            raise VMError(f"cannot compile {node!r}")
    return code
class VM:
    def __init__(self, code):
        self.code, self.stack, self.env, self.steps = code, [], {}, 0
    def run(self):
        pc = 0
        while pc < len(self.code):
            ins = self.code[pc]
            pc += 1
            self.steps += 1
            if ins.op == Op.PUSH:
                self.stack.append(ins.arg)
            elif ins.op == Op.LOAD:
                try:
                    self.stack.append(self.env[ins.arg])
                except KeyError:
                    raise VMError(f"unbound {ins.arg}") from None
            elif ins.op == Op.STORE:
                self.env[ins.arg] = self.stack.pop()
            elif ins.op == Op.NEG:
                self.stack.append(-self.stack.pop())
            else:
                b, a = self.stack.pop(), self.stack.pop()
                try:
                    self.stack.append({Op.ADD: a + b, Op.SUB: a - b, Op.MUL: a * b}[ins.op] if ins.op != Op.DIV else a / b)
                except ZeroDivisionError as e:
                    raise VMError("division by zero") from e
        return self.stack.pop()
programs = [
    ("+", 1, ("*", 2, 3)),
    ("let", "x", 5, ("let", "y", ("-", "x"), ("*", "x", "y"))),
    ("/", ("-", 10, 4), 4),
    ("+", "z", 1),
    ("/", 1, ("-", 2, 2)),
    ("%", 1, 2),
]
for p in programs:
    try:
        code = compile_expr(p, [])
        vm = VM(code)
        print(code, "=>", vm.run(), f"({vm.steps} steps)")
    except VMError as e:
        print("error:", e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
