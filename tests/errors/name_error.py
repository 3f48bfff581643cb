# Uncaught NameError.
def f():
    return undefined_thing * 2
print("start")
f()
