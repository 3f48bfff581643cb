# The traceback module formatting exceptions: format_exception_only and chained output lines.
import traceback
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
try:
    raise ValueError("bad value")
except ValueError as e:
    print("".join(traceback.format_exception_only(e)).strip())
class Custom(Exception):
    pass
try:
    raise Custom("mine")
except Custom as e:
    line = traceback.format_exception_only(type(e), e)[-1].strip()
    print(line)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    text = "".join(lines)
    print("direct cause" in text, text.strip().splitlines()[-1])
    print(text.count("Traceback (most recent call last):"))
try:
    try:
        [][0]
    except IndexError:
        raise KeyError("during handling")
except KeyError as e:
    text = "".join(traceback.format_exception(type(e), e, e.__traceback__))
    print("During handling of the above exception" in text, text.strip().splitlines()[-1])
print(traceback.format_exception_only(SyntaxError, SyntaxError("msg"))[-1].strip())
