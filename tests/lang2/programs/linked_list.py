# A linked list class with the full container protocol, reversed(), slicing and equality.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __reversed__(self):
        return iter(list(self)[::-1])
    def _node(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        n = self.head
        for _ in range(i):
            n = n.next
        return n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        return self._node(i).value
    def __setitem__(self, i, v):
        self._node(i).value = v
    def __delitem__(self, i):
        if i < 0:
            i += self.size
        if i == 0 and self.head:
            self.head = self.head.next
        else:
            prev = self._node(i - 1)
            if prev.next is None:
                raise IndexError("LinkedList index out of range")
            prev.next = prev.next.next
        self.size -= 1
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __add__(self, o):
        return LinkedList(list(self) + list(o))
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 3 in ll, 9 in ll)
ll[1] = "two"
del ll[0]
del ll[-1]
print(ll, list(reversed(ll)), len(ll))
print(ll + [5], ll == LinkedList(["two", 3]), ll != ll[0:1], bool(LinkedList()))
print(sorted(LinkedList([3, 1, 2])), max(LinkedList("abc")), dict(enumerate(ll)))
for bad in (lambda: ll[5], lambda: ll.__setitem__(-9, 0), lambda: LinkedList().__delitem__(0)):
    try:
        bad()
    except IndexError as e:
        print(type(e).__name__, e)
a, b = ll
print(a, b)
