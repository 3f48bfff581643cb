__all__ = ["eager", "heavy"]
eager = "eager value"
_calls = []
def __getattr__(name):
    _calls.append(name)
    if name == "computed":
        return 6 * 7
    if name == "heavy":
        import sys
        __import__(__name__ + ".heavy")
        return sys.modules[__name__ + ".heavy"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return sorted(["eager", "computed", "heavy"])
