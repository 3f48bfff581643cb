# map and filter are lazy iterators.
m = map(lambda x: x * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(len, ["", "ab"])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(map(lambda a, b: a + b, "abc", "xy")))
evens = filter(lambda n: n % 2 == 0, range(10))
print(sum(evens), list(evens))
