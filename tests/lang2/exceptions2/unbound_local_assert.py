# UnboundLocalError, NameError in nested scopes, assert statements with and without messages.
x = "global"
def reads_then_assigns():
    print(x)
    x = "local"
try:
    reads_then_assigns()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
    z = 1
print(outer())
def conditional(flag):
    if flag:
        value = "set"
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def check(n):
    assert n > 0, f"n must be positive, got {n}"
    assert isinstance(n, int)
    return n
print(check(3))
for bad in (-1, 2.5):
    try:
        check(bad)
    except AssertionError as e:
        print(type(e).__name__, repr(str(e)), e.args)
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print(e.args)
try:
    del undefined_global
except NameError as e:
    print(type(e).__name__, e)
for i in range(2):
    pass
del i
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
