# Uncaught exception raised while handling another (implicit chaining).
try:
    1 / 0
except ZeroDivisionError:
    print("handling")
    undefined_handler()
