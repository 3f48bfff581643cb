# Chained comparisons evaluate each operand once and short-circuit.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
x = 5
print(0 <= x < 10, 0 <= x < 5, 5 <= x <= 5)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
print(1 < 2 in [2, 3], 1 in [1] in [[1]])
print("a" < "b" <= "b" < "c")
print(None is None is not False)
a = [1, 2]
b = a
print(a is b is not None)
print(not 1 < 2, not (1 > 2))
