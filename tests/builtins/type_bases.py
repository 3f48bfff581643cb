# __base__, __bases__ and __mro__ of builtin types and exception classes.
for t in (int, bool, object, str, KeyError, OSError, FileNotFoundError, type, dict):
    print(t.__name__, t.__base__, t.__bases__, len(t.__mro__))
class MyErr(KeyError):
    pass
print(MyErr.__base__, MyErr.__base__.__base__, MyErr.__mro__[-1])
