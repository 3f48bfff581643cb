import cmath
zs = [1 + 2j, -1.5 + 0.5j, 0.3 - 0.7j, -2 - 3j, 2j, -4, 0.5, 3 + 0j, 1e-5 + 1e-5j, 10 - 20j]
for name in ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]:
    f = getattr(cmath, name)
    print(name, [f(z) for z in zs])
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.sqrt(-1), cmath.sqrt(0j), cmath.sqrt(-0.0 - 0j))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j), cmath.polar(3 + 4j), cmath.polar(-2))
print(cmath.rect(2, 0), cmath.rect(1, cmath.pi / 2), cmath.rect(-1, 0.5))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.isnan(cmath.nanj), cmath.isnan(cmath.nan))
print(cmath.isfinite(1 + 1j), cmath.isfinite(cmath.infj), cmath.isinf(complex(1, cmath.inf)), cmath.isnan(1j))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
for f, a in [(cmath.log, 0), (cmath.atanh, 1), (cmath.atanh, -1), (cmath.exp, 1000), (cmath.cosh, 1000 + 1j), (cmath.sqrt, "x"), (cmath.log, 0j)]:
    try:
        print(f(a))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
