# f-string edge cases: format specs from expressions, conversions with specs, dates-like objects, lambdas, walrus.
values = [3.141592653589793, -2.718281828459045, 1e-7, 12345.6789]
for v in values:
    print(f"{v:.3}|{v:10.4f}|{v:<12.3e}|{v:+.2g}|{abs(v):08.3f}")
specs = [".2f", ">8", "^10.3e", "+,.1f"]
for s in specs:
    print(f"{1234.5678:{s}}")
n = 5
print(f"{n!r:>4}|{str(n)!r}|{n:{n}}|{'x' * n:^{n + 4}}")
print(f"{(lambda: 'lam')()}|{(y := 10) * 2}|{y}")
print(f"{'a' if n > 3 else 'b'}{n:{'+' if n > 0 else ''}}")
data = {"a": {"b": [10, 20]}}
print(f"{data['a']['b'][1]:05d}|{data!r:.10}|{len(data):*>3}")
print(f"{3 + 4j}|{(3 + 4j).real:.1f}|{complex(1, -1)!s:>10}")
print(f"{None}|{True:>5}|{False!r}|{[1, 2]!s:>8}|{(1,)}")
print(f"{1_000_000:_}|{0x_ff:#_x}|{-0.0}|{float('inf'):>6}|{float('nan'):<5}|")
print(f"{'nested {braces}'}|{{'{n}'}}|{'{'}{n}{'}'}")
name = "x"
print(f"{name=:>5}|{name=!s}|{n * 2=:03d}")
print(f"""{
    n
    + 1
}""")
print(f"{n:=^11}", f"{-n:=11}", f"{n:0=8}")
print(F"upper F {n}", fr"raw {n}\n", rf"{n}\t")
