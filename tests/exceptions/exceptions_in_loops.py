# Exceptions used for control flow inside loops.
values = ["1", "2", "x", "4", "", "6"]
total = 0
bad = []
for v in values:
    try:
        total += int(v)
    except ValueError:
        bad.append(v)
        continue
    finally:
        pass
print(total, bad)
d = {"a": 1}
for k in "abc":
    try:
        print(k, d[k])
    except KeyError:
        print(k, "missing")
        d[k] = 0
print(d)
n = 0
while True:
    try:
        n += 1
        if n == 5:
            raise StopIteration
    except StopIteration:
        break
print(n)
