# ImportError and ModuleNotFoundError.
try:
    import does_not_exist_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from pkg.core import nope
except ImportError as e:
    print("ImportError", type(e).__name__, "nope" in str(e))
print(issubclass(ModuleNotFoundError, ImportError))
