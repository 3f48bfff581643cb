# Conditional expressions, nested, and their laziness.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
def boom():
    raise ValueError("never")
print(1 if True else boom())
print(boom() if False else 2)
x = [i if i % 2 else -i for i in range(6)]
print(x)
f = lambda a: "even" if a % 2 == 0 else "odd"
print(f(3), f(4))
print((1 if 0 else 2) + 10)
y = None
print(y if y is not None else "default")
