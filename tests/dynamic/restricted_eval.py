# A tiny template engine: eval with a restricted __builtins__ (CPython's sandbox-like rules).
def render(template, context, allowed):
    env = {"__builtins__": allowed}
    out = []
    pos = 0
    while True:
        start = template.find("{{", pos)
        if start < 0:
            out.append(template[pos:])
            return "".join(out)
        end = template.find("}}", start)
        out.append(template[pos:start])
        try:
            out.append(str(eval(template[start + 2:end], env, context)))
        except NameError as e:
            out.append("<NameError: " + str(e) + ">")
        except Exception as e:
            out.append("<" + type(e).__name__ + ">")
        pos = end + 2


safe = {"len": len, "upper": str.upper, "sum": sum, "min": min}
ctx = {"name": "ada", "items": [3, 1, 2]}
print(render("Hi {{upper(name)}}! {{len(items)}} items, min {{min(items)}}", ctx, safe))
print(render("{{sum(items) * 2}} {{open('x')}} {{__import__('os')}}", ctx, safe))
print(render("{{abs(-1)}} {{items[10]}}", ctx, {}))
print(eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
ns = {"__builtins__": {"len": len}}
exec("def f(s):\n    return len(s)\ndef g():\n    return abs(-1)", ns)
print(ns["f"]("four"))
try:
    ns["g"]()
except NameError as e:
    print("NameError in function:", e)
print(eval("abs(-5)", {}), eval("abs(-6)"))
import builtins
print(eval("len([1])", {"__builtins__": builtins}), eval("len([1, 2])", {"__builtins__": vars(builtins)}))
