# Merging intervals, and a meeting-room count with sorted events.
def merge(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
cases = [[(1, 3), (2, 6), (8, 10), (15, 18)], [(1, 4), (4, 5)], [], [(5, 7)], [(1, 10), (2, 3), (4, 5)]]
for c in cases:
    print(c, "->", merge(c))
def rooms(meetings):
    events = []
    for s, e in meetings:
        events.append((s, 1))
        events.append((e, -1))
    events.sort()
    cur = best = 0
    for t, d in events:
        cur += d
        best = max(best, cur)
    return best
print(rooms([(0, 30), (5, 10), (15, 20)]), rooms([(7, 10), (2, 4)]), rooms([(1, 5), (2, 6), (3, 7), (5, 8)]))
def total_covered(iv):
    return sum(e - s for s, e in merge(iv))
print(total_covered([(1, 3), (2, 6), (8, 10), (15, 18)]))
