# f-strings: expressions, the = specifier, nested fields, quotes, dict access and method calls.
x, y = 7, 3.5
name = "World"
d = {"k": [1, 2, 3]}
print(f"{x + 1} {x * y} {name.lower()} {d['k'][-1]} {len(d)}")
print(f"{x=} {y=:.2f} {name=!r} {x * 2 = } {name = }")
print(f"{'quoted'} {'single'!r} {'a' 'b'}")
print(f"{x:{'>'}{10}}|{y:{'.'}^{9}.{2}f}|")
print(f"{{braces}} {{{x}}} {'{'}")
print(f"{[i * i for i in range(4)]} {(lambda v: v * 2)(5)} {x if x > 5 else y}")
print(f"{3.0!s:>6} {'s'!r:^7} {name!a}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for n, price, qty in items:
    print(f"{n:<8}{price:>6.2f}{qty:>4d}{price * qty:>8.2f}")
print(f"{'nested ' + f'{x:03}' + ' inner'}")
print(f"{x:#x} {x:b} {255:_b} {10**6:,} {0.25:.0%}")
total = 1234.5
print(f"Total: {total:,.2f}  Ratio: {1/3:.4}  Sci: {total:.2e}")
w = 6
print(f"{'a':{w}}|{'b':>{w}}|{x:>{w}.{2}f}|")
print(f"{d=}")
print(f"{ x }|{ 'spaced' }|")
def f():
    return "called"
print(f"{f()!r} {f.__name__} {type(x).__name__}")
print(f"{x:>{w}}" f"{name:<{w}}" "plain" f"{y}")
