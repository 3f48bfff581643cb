# Mutating containers while iterating over them.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
def grow_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
def shrink_dict():
    d = {1: 1, 2: 2}
    for k in d.values():
        d.pop(1)
def items_dict():
    d = {1: 1, 2: 2, 3: 3}
    for k, v in d.items():
        d.clear()
def overwrite_dict():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = "x"
    return d
def grow_set():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
def shrink_set():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
def list_ok():
    l = [1, 2, 3]
    out = []
    for x in l:
        out.append(x)
        if len(l) < 6:
            l.append(x * 10)
    return out
def list_remove():
    l = list(range(8))
    for x in l:
        l.remove(x)
    return l
def view_after():
    d = {1: 2}
    k = d.keys()
    it = iter(k)
    d[5] = 6
    return list(it)
def copy_iter():
    d = {1: 1, 2: 2}
    for k in list(d):
        del d[k]
    return d
def set_copy_iter():
    s = {1, 2, 3}
    for x in s.copy():
        s.remove(x)
    return s
for f in [grow_dict, shrink_dict, items_dict, overwrite_dict, grow_set, shrink_set, list_ok,
          list_remove, view_after, copy_iter, set_copy_iter]:
    attempt(f.__name__, f)
