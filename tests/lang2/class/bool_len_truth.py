# Truth testing: __bool__, falling back to __len__, and errors for wrong return types.
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print("len called")
        return len(self.items)
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("bool called")
        return self.on
    def __len__(self):
        print("never")
        return 0
print(bool(Box([])), bool(Box([1])))
print(bool(Flag(True)), not Flag(False))
if Box([1, 2]):
    print("non-empty box")
print("yes" if Flag(False) else "no")
print(Flag(True) and "and-value", Box([]) or "or-value")
print([x.on for x in filter(None, [Flag(True), Flag(False)])])
class Plain:
    pass
print(bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Plain())
except TypeError as e:
    print(type(e).__name__, e)
while Box([]):
    print("unreachable")
print(all([Flag(True), Box([0])]), any([Box([]), Flag(False)]))
