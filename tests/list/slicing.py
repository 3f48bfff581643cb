# list slicing, slice assignment and deletion.
l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[8:2:-2])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[1:1] = [100, 200]
print(m)
m[:] = [0] * 3
print(m)
n = list(range(10))
n[::2] = "abcde"
print(n)
try:
    n[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
n = list(range(10))
del n[1:3]
print(n)
del n[::3]
print(n)
n[len(n):] = [99]
print(n)
n[-2:] = []
print(n)
n[2:0] = ["ins"]
print(n)
