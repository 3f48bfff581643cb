# SPDX-License-Identifier: MIT
# abc: abstract base classes. Classes deriving from ABC refuse to be instantiated while they
# still have abstract methods, as in CPython.


def abstractmethod(func):
    func.__isabstractmethod__ = True
    return func


def _abstracts(cls):
    names = set()
    for klass in reversed(cls.__mro__):
        for name, value in klass.__dict__.items() if hasattr(klass, "__dict__") else ():
            if getattr(value, "__isabstractmethod__", False):
                names.add(name)
            elif name in names:
                names.discard(name)
    return names


class ABC:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        missing = sorted(_abstracts(cls))
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, s, ", ".join(missing)))
        return object.__new__(cls)


class ABCMeta(type):
    """The metaclass form: `class Base(metaclass=ABCMeta)`."""

    def __call__(cls, *args, **kwargs):
        missing = sorted(_abstracts(cls))
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, s, ", ".join(missing)))
        return super().__call__(*args, **kwargs)


def abstractproperty(func):
    return property(abstractmethod(func))
