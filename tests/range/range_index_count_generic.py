# range.index/count: ints by arithmetic, other values by == over the items (as CPython's
# generic sequence search), and CPython's argument errors.
class Three:
    def __eq__(self, o):
        return o == 3


r = range(0, 10, 2)
print(r.index(4), r.count(4), r.count(5), range(5).index(True), r.count(False), r.count(4.0), r.index(8.0))
print(range(5).index(Three()), range(5).count(Three()), range(10**20).count(10**19))
for src in ['r.index(5)', 'r.index(4.5)', 'r.index("a")', 'r.index(2, 1)', 'r.count()',
            'r.count(1, 2)', 'r.index()', 'r.count(x=1)', 'range(-5, 5).index(-1)',
            'range(10**20).index(10**19 + 1)', 'range(5, 0, -1).index(1)']:
    try:
        print(src, eval(src))
    except (TypeError, ValueError) as e:
        print(src, type(e).__name__, e)
