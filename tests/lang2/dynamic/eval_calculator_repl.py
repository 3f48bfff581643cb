# A REPL-like loop: decide between eval and exec using compile, keep state, report errors like a shell.
def repl(lines):
    env = {"__name__": "repl"}
    for line in lines:
        try:
            code = compile(line, "<repl>", "eval")
        except SyntaxError:
            try:
                code = compile(line, "<repl>", "exec")
            except SyntaxError as e:
                print(f">>> {line}\nSyntaxError: {e.msg}")
                continue
            mode = "exec"
        else:
            mode = "eval"
        print(">>>", line)
        try:
            if mode == "eval":
                result = eval(code, env)
                if result is not None:
                    print(repr(result))
                env["_"] = result
            else:
                exec(code, env)
        except Exception as e:
            print(f"{type(e).__name__}: {e}")
repl([
    "x = 6",
    "x * 7",
    "_ + 1",
    "def sq(n): return n * n",
    "[sq(i) for i in range(x)]",
    "y",
    "x / 0",
    "for i in range(2): print('loop', i)",
    "if x > 5: x = 100",
    "x",
    "x = = 2",
    "print('hi')",
    "__name__",
    "import sys; r = len(sys.argv) * 10.0",
    "r",
])
