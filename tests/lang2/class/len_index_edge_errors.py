# Bad return values from __len__ and __index__, and other protocol misuse that must raise, not misbehave.
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    print(len(HugeLen()))
except OverflowError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print(type(e).__name__, e)
class BoolLen:
    def __len__(self):
        return True
print(len(BoolLen()), bool(BoolLen()))
class StrIndex:
    def __index__(self):
        return "x"
for action in (lambda: [1][StrIndex()], lambda: hex(StrIndex()), lambda: "ab"[StrIndex():]):
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
class BigIndex:
    def __index__(self):
        return 2 ** 80
try:
    [1, 2][BigIndex()]
except IndexError as e:
    print(type(e).__name__, e)
print([1, 2, 3][BigIndex():], [1, 2, 3][-BigIndex().__index__():1])
class Hasher:
    def __hash__(self):
        raise ValueError("cannot hash today")
try:
    {Hasher(): 1}
except ValueError as e:
    print(type(e).__name__, e)
class InitFails:
    def __init__(self):
        raise ValueError("init failed")
try:
    InitFails()
except ValueError as e:
    print(type(e).__name__, e)
class NextOnly:
    def __next__(self):
        return 1
try:
    for x in NextOnly():
        pass
except TypeError as e:
    print(type(e).__name__, e)
