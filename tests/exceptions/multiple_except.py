# Multiple except clauses and tuples of types.
def risky(kind):
    if kind == 0:
        return 1 // 0
    if kind == 1:
        return [][1]
    if kind == 2:
        return {}["k"]
    if kind == 3:
        return int("x")
    if kind == 4:
        return undefined_name
    return "ok"
for k in range(6):
    try:
        print(risky(k))
    except ZeroDivisionError:
        print(k, "zero")
    except (IndexError, KeyError) as e:
        print(k, "lookup", type(e).__name__)
    except ValueError as e:
        print(k, "value", e)
    except Exception as e:
        print(k, "other", type(e).__name__, e)
