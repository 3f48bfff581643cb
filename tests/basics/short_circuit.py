# and/or short-circuit evaluation and side effects.
calls = []
def t(name, v):
    calls.append(name)
    return v
print(t("a", 0) and t("b", 1), calls)
calls.clear()
print(t("a", 1) and t("b", 2), calls)
calls.clear()
print(t("a", "") or t("b", []) or t("c", "last"), calls)
calls.clear()
print(t("a", 5) or t("b", 6), calls)
calls.clear()
if t("x", None) is None and not t("y", False):
    print("both", calls)
x = None
print(x and x.attr, (x or {}).get("k", "dflt"))
