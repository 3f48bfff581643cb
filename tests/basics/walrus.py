# Assignment expressions (walrus).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (v := data[i]) != 9:
    print("see", v)
    i += 1
print("stopped at", v)
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
vals = [(total := total + x) for x in range(5)]
print(vals, total)
def f():
    if (r := 10) > 5:
        return r * 2
print(f())
print((a := 3) + a)
