# __class_getitem__, builtin generic aliases, and dunders set to None to switch a protocol off.
class Box:
    def __class_getitem__(cls, item):
        name = item.__name__ if isinstance(item, type) else repr(item)
        return f"{cls.__name__}[{name}]"
print(Box[int], Box["T"], Box[Box])
print(list[int], dict[str, int], tuple[int, ...], type[int])
alias = list[int]
print(alias(), alias("ab"), alias.__origin__ is list, alias.__args__)
def first(xs: list[int]) -> int:
    return xs[0]
print(first([7]), first.__annotations__["return"] is int)
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
class NoReversed:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoReversed())
except TypeError as e:
    print(type(e).__name__, e)
class Rev:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(SeqRev())), list(SeqRev()))
