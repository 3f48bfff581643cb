# for loops with else, break, continue over many iterables.
for x in [1, 2, 3]:
    print(x)
else:
    print("done list")
for c in "hi":
    print(c)
for k in {"a": 1, "b": 2}:
    print(k)
for i in range(10):
    if i % 3 == 0:
        continue
    if i > 7:
        break
    print("i", i)
else:
    print("not reached")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([4, 5, 6], 5)
find([4, 5, 6], 7)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for _ in []:
    print("never")
else:
    print("empty else")
