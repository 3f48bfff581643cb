# A tiny template engine: {{ expr }} evaluated with eval in a restricted namespace, {% for %} blocks via exec-generated code.
class TemplateError(Exception):
    pass
def compile_template(src):
    lines = ["def render(ctx, out):"]
    indent = 1
    pos = 0
    while pos < len(src):
        start = src.find("{", pos)
        if start < 0 or start + 1 >= len(src):
            chunk, pos = src[pos:], len(src)
        elif src[start + 1] in "{%":
            chunk = src[pos:start]
            if chunk:
                lines.append("    " * indent + f"out.append({chunk!r})")
            close = "}}" if src[start + 1] == "{" else "%}"
            end = src.find(close, start)
            if end < 0:
                raise TemplateError(f"unclosed tag at {start}")
            body = src[start + 2:end].strip()
            pos = end + 2
            if close == "}}":
                lines.append("    " * indent + f"out.append(str(eval({body!r}, SAFE, ctx)))")
            elif body.startswith("for "):
                var, iterable = (p.strip() for p in body[4:].split(" in ", 1))
                lines.append("    " * indent + f"for {var} in eval({iterable!r}, SAFE, ctx):")
                indent += 1
                lines.append("    " * indent + f"ctx[{var!r}] = {var}")
            elif body == "end":
                indent -= 1
                if indent < 1:
                    raise TemplateError("unbalanced end")
            else:
                raise TemplateError(f"unknown tag {body!r}")
            continue
        else:
            chunk, pos = src[pos:start + 1], start + 1
        if chunk:
            lines.append("    " * indent + f"out.append({chunk!r})")
    if indent != 1:
        raise TemplateError("missing end")
    ns = {"SAFE": {"__builtins__": {}, "len": len, "upper": str.upper}}
    exec("\n".join(lines), ns)
    return ns["render"]
def render(src, **ctx):
    out = []
    compile_template(src)(dict(ctx), out)
    return "".join(out)
print(render("Hello {{ name }}! You have {{ len(items) }} items."
             , name="Ann", items=[1, 2]))
print(render("{% for x in items %}[{{ upper(x) }}]{% end %} total={{ len(items) }}", items=["a", "b", "c"]))
print(render("{% for row in rows %}{% for c in row %}{{ c * 2 }},{% end %};{% end %}", rows=[[1, 2], [3]]))
print(render("plain { braces } stay"))
for bad, ctx in (("{{ name", {}), ("{% for x in y %}no end", {"y": []}), ("{% end %}", {}), ("{% if x %}", {}),
                 ("{{ open('f') }}", {}), ("{{ missing }}", {})):
    try:
        print(render(bad, **ctx))
    except (TemplateError, NameError) as e:
        print(type(e).__name__, e)
