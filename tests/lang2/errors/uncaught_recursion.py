# Uncaught RecursionError from unbounded recursion ends the program with status 1.
def walk(node):
    return walk(node + 1)
print("starting walk")
walk(0)
