# Deeply nested generators (300 levels of yield from / for-yield), as recursive traversals of deep structures produce.
class Node:
    def __init__(self, value, child=None):
        self.value, self.child = value, child
    def walk(self):
        yield self.value
        if self.child:
            yield from self.child.walk()
    def walk_loop(self):
        yield self.value
        if self.child:
            for v in self.child.walk_loop():
                yield v
head = None
for i in range(300, 0, -1):
    head = Node(i, head)
print(sum(head.walk()), next(head.walk()), list(head.walk())[-3:])
print(sum(head.walk_loop()), max(head.walk_loop()))
def countdown(n):
    if n == 0:
        return "done"
    yield n
    result = yield from countdown(n - 1)
    return result
g = countdown(250)
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as e:
        print(len(values), values[:3], e.value)
        break
def nested_lists(depth):
    x = ["leaf"]
    for _ in range(depth):
        x = [x]
    return x
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten(nested_lists(280))))
