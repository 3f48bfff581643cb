# operator.length_hint: the default must fit a Py_ssize_t.
import operator


class Hint:
    def __length_hint__(self):
        return 7


print(operator.length_hint([1, 2]), operator.length_hint((x for x in []), 3), operator.length_hint(Hint()))
print(operator.length_hint(object(), -1), operator.length_hint(object(), 2**31 - 1))
for d in [2**70, -2**70, 'x', 2.0]:
    try:
        operator.length_hint([], d)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
