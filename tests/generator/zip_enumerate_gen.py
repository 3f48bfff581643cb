# Generators combined with builtins.
def letters():
    for c in "xyz":
        yield c
def squares():
    for i in range(10):
        yield i * i
print(list(zip(letters(), squares())), list(enumerate(squares(), 1))[:3])
print(max(squares()), min(squares(), key=lambda v: abs(v - 20)), sorted(squares(), reverse=True)[:3])
print(dict(zip(letters(), squares())), list(map(str, squares()))[:4], list(filter(lambda v: v % 2, squares())))
