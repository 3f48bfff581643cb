# Generators: pipelines of generator functions and expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def scaled(src, k):
    for x in src:
        yield x * k
total = sum(scaled(evens(numbers(7200000)), 3))
total += sum(x for x in range(3600000) if x % 5 == 0)
print("checksum", total)
