# Bad arguments to exec/eval/compile/__import__: each must raise CPython's exception.
def attempt(label, fn):
    try:
        r = fn()
        print(f"{label}: no error ({r!r})")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
attempt("compile(5)", lambda: compile(5, "x", "exec"))
attempt("compile bad mode", lambda: compile("1", "x", "run"))
attempt("exec locals=5", lambda: exec("1", {}, 5))
attempt("exec globals=5", lambda: exec("1", 5))
attempt("eval globals=[]", lambda: eval("1", []))
attempt("eval code from exec mode", lambda: eval(compile("x = 1", "<c>", "exec")))
attempt("exec eval-mode code", lambda: exec(compile("1 + 1", "<c>", "eval")))
attempt("__import__(5)", lambda: __import__(5))
attempt("__import__('.')", lambda: __import__("."))
attempt("__import__('')", lambda: __import__(""))
attempt("__import__ level=-1", lambda: __import__("sys", level=-1))
attempt("eval bytes", lambda: eval(b"1 + 2"))
attempt("exec bytes", lambda: exec(b"y = 2", {}))
attempt("eval with nul", lambda: eval("1\x00"))
attempt("globals() type", lambda: type(globals()).__name__)
