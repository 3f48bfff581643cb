print("circ.b start")
from circ import a
print("circ.b sees a.A_EARLY =", a.A_EARLY, "has A_LATE:", hasattr(a, "A_LATE"))
B_VALUE = "b-value"
def b_func():
    return "b_func sees " + a.A_LATE
