# Context managers written as classes that save and restore global state, nested and interleaved with generators.
config = {"precision": 2, "verbose": False}
class settings:
    def __init__(self, **changes):
        self.changes = changes
        self.saved = []
    def __enter__(self):
        self.saved.append({k: config[k] for k in self.changes})
        config.update(self.changes)
        return config
    def __exit__(self, *exc):
        config.update(self.saved.pop())
def fmt(x):
    return f"{x:.{config['precision']}f}" + (" (verbose)" if config["verbose"] else "")
def report(values):
    for v in values:
        with settings(precision=4):
            yield fmt(v)
        yield fmt(v)
print(fmt(3.14159))
with settings(precision=1, verbose=True) as c:
    print(fmt(3.14159), c is config)
    with settings(precision=3):
        print(fmt(3.14159))
    print(fmt(3.14159))
print(fmt(3.14159), config)
g = report([1 / 3, 2 / 3])
print(next(g), "|", fmt(1 / 3))
print(list(g))
reusable = settings(precision=0)
with reusable:
    with reusable:
        print("nested same manager:", fmt(2.5), len(reusable.saved))
    print(fmt(2.5), len(reusable.saved))
print(fmt(2.5), config)
try:
    with settings(precision=5):
        raise ValueError(fmt(1.0))
except ValueError as e:
    print("error carried", e, "restored", config["precision"])
