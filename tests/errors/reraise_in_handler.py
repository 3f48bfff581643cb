# An exception raised in an except block escapes; finally still runs.
try:
    print("trying")
    [][0]
except IndexError:
    print("handling")
    raise RuntimeError("handler failed")
finally:
    print("finally runs")
