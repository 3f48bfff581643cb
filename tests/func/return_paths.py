# Early returns, implicit None, and returns inside loops.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    for d in range(2, n):
        if n % d == 0:
            return "composite"
    if n == 1:
        return
    return "prime"
for n in (-5, 0, 1, 2, 9, 13):
    print(n, classify(n))
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
print(first_even([1, 3, 4, 6]), first_even([1]))
def nothing():
    return
print(nothing())
