print("circ.a start")
A_EARLY = "a-early"
from circ import b
print("circ.a sees b.B_VALUE =", b.B_VALUE)
def use_b():
    return "a calls " + b.b_func()
A_LATE = "a-late"
