# io.StringIO and io.BytesIO: write, read, seek, readline, iteration, context manager, errors.
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\nlast"))
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print([line for line in s])
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
with io.StringIO("a\nb\nc") as f:
    print(f.readlines(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
b = io.BytesIO(b"abc")
b.seek(0, 2)
b.write(b"def")
print(b.getvalue(), b.tell(), b.seek(1), b.read(2))
try:
    b.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
print(json_like := io.StringIO("x").read(), isinstance(s, io.IOBase))
