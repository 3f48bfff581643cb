# Builtin exception hierarchy.
def catch(f, cls):
    try:
        f()
    except cls as e:
        return "caught " + type(e).__name__ + " as " + cls.__name__
for f in (lambda: {}["x"], lambda: [][0], lambda: "abc"[9]):
    print(catch(f, LookupError))
for f in (lambda: 1 // 0, lambda: 2.0 ** 5000, lambda: 1 % 0):
    print(catch(f, ArithmeticError))
print(catch(lambda: int("z"), Exception), catch(lambda: undefined, NameError))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(OverflowError, ArithmeticError), issubclass(UnicodeDecodeError, ValueError))
print(isinstance(ValueError("x"), Exception), issubclass(bool, int))
