import importlib
AVAILABLE = ["alpha", "beta"]
loaded = {}
def load(name):
    if name not in loaded:
        loaded[name] = importlib.import_module("." + name, __name__)
    return loaded[name]
