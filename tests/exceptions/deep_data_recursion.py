# Comparing data nested deeper than the recursion limit raises RecursionError.
a = []
b = []
for i in range(5000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
print([[1, [2]]] == [[1, [2]]], hash(((1,), 2)) == hash(((1,), 2)))
