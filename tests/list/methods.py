# list methods.
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend(range(2)); print(l)
l.insert(0, "a"); print(l)
l.insert(100, "end"); print(l)
l.insert(-1, "pen"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l)
print(l.index(2), l.count(0), l.count(99))
l2 = l.copy()
l2.append("x")
print(l, l2)
l.clear(); print(l, len(l))
for bad in (lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(2)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
