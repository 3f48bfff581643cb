# Exception subclasses with extra attributes, custom __init__/__str__, args behaviour.
class AppError(Exception):
    pass
class HttpError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "not found: " + path)
        self.path = path
try:
    raise NotFound("/x")
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, e.path, repr(e))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a)
class Simple(ValueError):
    pass
print(repr(Simple()), repr(Simple("m")), repr(Simple(1, "two")), str(Simple(1, "two")), str(Simple()))
print(issubclass(Simple, ValueError), issubclass(NotFound, Exception), issubclass(NotFound, BaseException))
print([c.__name__ for c in NotFound.__mro__])
try:
    try:
        raise Simple("inner")
    except ValueError as e:
        e.args = ("changed",)
        raise
except Simple as e:
    print(e, e.args)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
print(WithDefault(), WithDefault("x"))
err = KeyError("key")
print(str(err), repr(err), str(KeyError()), str(KeyError(1, 2)))
