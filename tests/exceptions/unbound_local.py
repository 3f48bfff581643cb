# UnboundLocalError and NameError.
x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 2
f()
def g():
    try:
        return y_not_defined
    except NameError as e:
        return "NameError: " + str(e)
print(g())
def h():
    del_me = 1
    del del_me
    try:
        return del_me
    except UnboundLocalError as e:
        return type(e).__name__
print(h())
