# raise ... from None: the traceback shows only the last exception.
class ConfigError(Exception):
    pass
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ConfigError(f"missing setting {k!r}") from None
print(lookup({"a": 1}, "a"))
lookup({}, "port")
