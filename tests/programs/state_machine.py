# A state machine driven by a dict of functions: a turnstile and a number lexer.
def locked(event, ctx):
    if event == "coin":
        ctx["coins"] += 1
        return "unlocked"
    ctx["alarms"] += 1
    return "locked"
def unlocked(event, ctx):
    if event == "push":
        ctx["passes"] += 1
        return "locked"
    ctx["refunds"] += 1
    return "unlocked"
machine = {"locked": locked, "unlocked": unlocked}
state = "locked"
ctx = {"coins": 0, "passes": 0, "alarms": 0, "refunds": 0}
for ev in ["push", "coin", "coin", "push", "push", "coin", "push", "coin"]:
    new = machine[state](ev, ctx)
    print(state, "--" + ev + "->", new)
    state = new
print(sorted(ctx.items()))
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch in "+-":
        return "sign"
    if ch == ".":
        return "dot"
    return "other"
TABLE = {("start", "sign"): "signed", ("start", "digit"): "int", ("signed", "digit"): "int",
         ("int", "digit"): "int", ("int", "dot"): "frac0", ("frac0", "digit"): "frac",
         ("frac", "digit"): "frac"}
def accepts(s):
    st = "start"
    for ch in s:
        st = TABLE.get((st, classify(ch)))
        if st is None:
            return False
    return st in ("int", "frac")
for s in ["12", "-3", "+4.5", "4.", ".5", "1.2.3", "", "-", "007", "3.14159"]:
    print(repr(s), accepts(s))
