# The minimal level has no f-strings (as MicroPython without MICROPY_PY_FSTRINGS): an
# f-string is a clear SyntaxError; str.format, % and format() do the same work.


def compile_error(source):
    try:
        exec(source)
        print(repr(source), "compiled")
    except SyntaxError as e:
        print(repr(source), "SyntaxError:", e.msg, "line", e.lineno)


compile_error("x = 1\nprint(f'{x}')\n")
compile_error("s = F'plain'")
compile_error("s = 'a' rf'{b}'")
compile_error("s = fr'''\n{x}\n'''")
compile_error("s = b'x' f'y'")

# Names and prefixes that are not f-strings still work.
f = "name f"
rb = rb"\d"
print(f, rb, "x" "y", b"a" b"b", r"\n")

n, name, items = 42, "pyrite", [1, 2]
print("{} {!r} {:>6} {:08b}".format(name, name, n, n))
print("{}={:d} {:<5}| {:x}".format("n", n, name[:3], n))
print(format(n, "^7"), format(3, "+"), "{0[1]} {0}".format(items))
