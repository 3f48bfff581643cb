# Builtin functions applied to values of many types: each distinct error message (or result type) printed once.
class Plain:
    def __repr__(self):
        return "Plain"
values = [1, -2.5, True, "12", "", [3, 1], (), {"k": 1}, {2}, None, b"ab", 1j, Plain(), range(3)]
funcs = [("len", len), ("abs", abs), ("int", int), ("float", float), ("iter", iter), ("next", next), ("hash", hash),
         ("sorted", sorted), ("min", min), ("sum", sum), ("round", round), ("bool", bool), ("list", list),
         ("dict", dict), ("set", set), ("tuple", tuple), ("ord", ord), ("chr", chr), ("hex", hex), ("bin", bin),
         ("reversed", reversed), ("enumerate", enumerate), ("divmod2", lambda v: divmod(v, 2)),
         ("pow2", lambda v: pow(v, 2)), ("bytes", bytes), ("any", any), ("max", max)]
for name, fn in funcs:
    outcomes = []
    for v in values:
        try:
            r = fn(v)
            outcomes.append(type(r).__name__)
        except Exception as e:
            outcomes.append(f"{type(e).__name__}: {e}")
    print(name)
    for v, o in zip(values, outcomes):
        print(f"   {v!r:>10} -> {o}")
