# A configuration DSL executed with exec: a namespace of helper functions, validation afterwards, errors with context.
class ConfigError(Exception):
    pass
def load(source, name="<config>"):
    collected = {"services": [], "vars": {}}
    def service(svc_name, port, *, replicas=1, tags=()):
        if not isinstance(port, int) or not 0 < port < 65536:
            raise ConfigError(f"service {svc_name!r}: bad port {port!r}")
        collected["services"].append({"name": svc_name, "port": port, "replicas": replicas, "tags": list(tags)})
    def var(key, value):
        collected["vars"][key] = value
    namespace = {"service": service, "var": var, "__name__": "config"}
    try:
        code = compile(source, name, "exec")
    except SyntaxError as e:
        raise ConfigError(f"{name}:{e.lineno}: syntax error") from None
    try:
        exec(code, namespace)
    except ConfigError:
        raise
    except Exception as e:
        raise ConfigError(f"{name}: {type(e).__name__}: {e}") from e
    extra = sorted(k for k in namespace if not k.startswith("__") and k not in ("service", "var"))
    return collected, extra
good = """
base = 8000
var("env", "prod")
for i, n in enumerate(["web", "api"]):
    service(n, base + i, replicas=2 if n == "web" else 1, tags=[n, "public"])
service("db", 5432, tags=("internal",))
"""
cfg, extra = load(good, "good.cfg")
for s in cfg["services"]:
    print(f"{s['name']:<4} :{s['port']:<5} x{s['replicas']} {s['tags']}")
print(cfg["vars"], extra)
for src, name in (("service('x', 70000)", "port.cfg"), ("service('x' 1)", "syntax.cfg"),
                  ("var('a', undefined_name)", "name.cfg"), ("service('x', 80, color='red')", "kw.cfg")):
    try:
        load(src, name)
    except ConfigError as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
