# The minimal level has no `except*` (as MicroPython, which has no exception groups): it is a
# clear SyntaxError; ordinary handlers, `else`, `finally` and re-raising work.


def compile_error(source):
    try:
        exec(source)
        print(repr(source), "compiled")
    except SyntaxError as e:
        print(repr(source), "SyntaxError:", e.msg, "line", e.lineno)


compile_error("try:\n    pass\nexcept* ValueError:\n    pass\n")
compile_error("try:\n    pass\nexcept *(TypeError, KeyError) as g:\n    pass\n")
compile_error("try:\n    pass\nexcept ValueError:\n    pass\nexcept* KeyError:\n    pass\n")


def handled(exc):
    try:
        try:
            raise exc
        except (KeyError, IndexError) as e:
            print("lookup", type(e).__name__)
        except ValueError:
            print("value")
            raise
        else:
            print("no error")
        finally:
            print("finally")
    except Exception as outer:
        print("re-raised", type(outer).__name__, outer)


handled(KeyError("k"))
handled(ValueError("bad"))
x = 2 * 3
print(x)
