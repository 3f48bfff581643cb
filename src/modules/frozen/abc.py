# SPDX-License-Identifier: MIT
# abc: abstract base classes. ABCMeta computes `__abstractmethods__` (a frozenset) for each class
# and refuses to instantiate a class while it is not empty; `register` makes virtual subclasses
# that isinstance/issubclass accept (through the metaclass's __instancecheck__/__subclasscheck__).


def abstractmethod(func):
    func.__isabstractmethod__ = True
    return func


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if getattr(f, "__isabstractmethod__", False):
                return True
        return False
    if isinstance(value, (staticmethod, classmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def _compute_abstracts(cls, ns):
    # The class body's namespace, as CPython's _py_abc reads it: `cls.__dict__` would load the
    # mappingproxy type (_classtypes), which costs more heap than a small board has.
    names = set()
    for name, value in ns.items():
        if _is_abstract(value):
            names.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _refuse(cls):
    missing = sorted(getattr(cls, "__abstractmethods__", ()))
    if missing:
        s = "s" if len(missing) > 1 else ""
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, s, ", ".join(missing)))


# Bumped by every register(): cached negative answers of __subclasscheck__ are then stale.
_abc_invalidation_counter = [0]


class ABCMeta(type):
    """The metaclass form: `class Base(metaclass=ABCMeta)`."""

    def __new__(mcls, name, bases, ns, /, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, ns)
        return cls

    def __call__(cls, *args, **kwargs):
        _refuse(cls)
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        # Made at the first register(): most ABCs never have one.
        registry = cls.__dict__.get("_abc_registry")
        if registry is None:
            registry = cls._abc_registry = []
        registry.append(subclass)
        _abc_invalidation_counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        # CPython's order: the cache, the class's __subclasshook__, the MRO, the registry,
        # then the subclasses (found by a heap scan here, hence the cache).
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        # {class: bool}, as CPython's weak caches (these keep the classes alive), made at the
        # first check (a class never checked costs no dict) and again after a register()
        # (a negative answer may be stale; positive ones are recomputed, which is cheap).
        # Plain loops, not generator expressions: each of those is one more code object in
        # the heap of every program that imports abc.
        cache = cls.__dict__.get("_abc_cache")
        if cache is None or cls._abc_cache_version != _abc_invalidation_counter[0]:
            cache = cls._abc_cache = {}
            cls._abc_cache_version = _abc_invalidation_counter[0]
        hit = cache.get(subclass)
        if hit is not None:
            return hit
        ok = NotImplemented
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
        if ok is not NotImplemented:
            ok = bool(ok)
        elif cls in getattr(subclass, "__mro__", ()):
            ok = True
        else:
            ok = False
            for registered in cls.__dict__.get("_abc_registry", ()):
                if issubclass(subclass, registered):
                    ok = True
                    break
            else:
                for sub in cls.__subclasses__():
                    if sub is not cls and issubclass(subclass, sub):
                        ok = True
                        break
        cache[subclass] = ok
        return ok


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def abstractproperty(func):
    return property(abstractmethod(func))


def get_cache_token():
    return 0
