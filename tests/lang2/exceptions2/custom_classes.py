# Custom exception classes with extra attributes and hierarchies.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, msg):
        super().__init__(key + ": " + msg)
        self.key = key
class NotFound(AppError, LookupError):
    pass
def load(key):
    if key == "bad":
        raise ConfigError(key, "invalid value")
    if key == "gone":
        raise NotFound(key)
    return key.upper()
for k in ("ok", "bad", "gone"):
    try:
        print(load(k))
    except ConfigError as e:
        print("ConfigError", e, e.key, e.args)
    except AppError as e:
        print(type(e).__name__, e, isinstance(e, LookupError))
print(issubclass(ConfigError, Exception), [c.__name__ for c in NotFound.__mro__])
