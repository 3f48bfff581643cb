# traceback: the current stack (extract_stack, format_stack, print_stack), walk_tb over
# traceback objects, and types.FrameType. The script's path is printed as FILE.
import io
import sys
import traceback
import types


def show(text):
    print(text.replace(__file__, "FILE"), end="")


def report():
    show("".join(traceback.format_stack()))
    stack = traceback.extract_stack()
    print([f.name for f in stack], stack[-1].line, len(traceback.extract_stack(limit=1)))
    buf = io.StringIO()
    traceback.print_stack(file=buf, limit=2)
    show(buf.getvalue())


def caller():
    report()


caller()


def fail():
    raise KeyError("k")


try:
    fail()
except KeyError as e:
    frames = list(traceback.walk_tb(e.__traceback__))
    print([(f.f_code.co_name, n) for f, n in frames])
    print(all(isinstance(f, types.FrameType) for f, _ in frames))
    print(isinstance(sys._getframe(), types.FrameType))
