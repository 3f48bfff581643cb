# Generators as methods: a tree with in/pre/post-order traversals via yield from, and a lazy paginator.
class Tree:
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.value
        if self.right:
            yield from self.right.inorder()
    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child:
                yield from child.preorder()
    def postorder(self):
        for child in (self.left, self.right):
            if child:
                yield from child.postorder()
        yield self.value
    def __iter__(self):
        return self.inorder()
    def depth(self):
        return 1 + max((c.depth() for c in (self.left, self.right) if c), default=0)
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7, None, Tree(8))))
print(list(t.inorder()), list(t.preorder()), list(t.postorder()))
print(sum(t), max(t), 5 in t, t.depth(), sorted(t, reverse=True)[:3])
class Paginator:
    def __init__(self, items, size):
        self.items, self.size = items, size
        self.fetches = 0
    def fetch(self, page):
        self.fetches += 1
        start = page * self.size
        return self.items[start:start + self.size]
    def pages(self):
        page = 0
        while True:
            batch = self.fetch(page)
            if not batch:
                return
            yield page, batch
            page += 1
    def __iter__(self):
        for _, batch in self.pages():
            yield from batch
p = Paginator(list("abcdefg"), 3)
print(list(p.pages()), p.fetches)
it = iter(p)
print(next(it), next(it), next(it), next(it), p.fetches)
print("".join(p), p.fetches)
