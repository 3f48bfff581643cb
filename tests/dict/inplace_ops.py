# In-place operators on dicts and sets, and their error messages.
d = {1: 2}
d |= [(3, 4)]
d |= {5: 6, 1: 0}
d |= (("k", "v"),)
print(d)
for bad in [5, [1], [(1, 2, 3)]]:
    try:
        d |= bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    print({1: 2} | [(3, 4)])
except TypeError as e:
    print("TypeError", e)
print({1: 2} | {1: 3, 4: 5}, {1: 2}.keys() | {1: 3, 4: 5}.keys())
s = {1, 2}
t = s
s |= {3}
s &= {1, 3, 5}
s -= {9}
s ^= frozenset({7})
print(s, t is s)
try:
    s |= [3]
except TypeError as e:
    print(e)
try:
    s -= 5
except TypeError as e:
    print(e)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g, type(f).__name__)
x = 5
try:
    x += "a"
except TypeError as e:
    print(e)
try:
    x **= None
except TypeError as e:
    print(e)
lst = [1]
try:
    lst *= "a"
except TypeError as e:
    print(e)
lst += "ab"
lst *= 2
print(lst)
