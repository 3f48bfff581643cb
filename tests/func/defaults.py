# Default arguments, evaluated once at definition time.
def greet(name, greeting="hello", punct="!"):
    return greeting + " " + name + punct
print(greet("bob"), greet("amy", "hi"), greet("x", punct="?"), greet(greeting="yo", name="z"))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
n = 10
def show(x=n):
    return x
n = 20
print(show())
print(greet.__defaults__, append_safe.__name__)
try:
    greet()
except TypeError as e:
    print("TypeError", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError", e)
