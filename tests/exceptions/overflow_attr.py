# OverflowError and AttributeError.
for f in (lambda: 10.0 ** 400, lambda: int(float("inf")), lambda: float(10 ** 400)):
    try:
        f()
    except OverflowError as e:
        print("OverflowError:", e)
for obj, name in ((1, "foo"), ("s", "bar"), ([], "push"), (None, "x")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print("AttributeError:", e)
