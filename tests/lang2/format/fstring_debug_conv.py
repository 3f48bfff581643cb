# f-string = specifier, !a conversion, and format() of builtin types.
x = 3
name = "é"
print(f"{x=}", f"{x + 1 = }", f"{name!a}", f"{name=}", f"{[x] * 2=}")
print(format(42), format("s"), format(1.5), format(True), format(None), format(42, ""))
print(f"{x:>{x}}|{x:<{x + 1}}|{'ab':_^{x * 2}}")
