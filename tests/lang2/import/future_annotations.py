# from __future__ import annotations: annotations become strings and may name types defined later.
from __future__ import annotations
class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next
    def push(self, value: int) -> Node:
        return Node(value, self)
    def values(self) -> list[int]:
        out, n = [], self
        while n is not None:
            out.append(n.value)
            n = n.next
        return out
def head(n: Node) -> NotDefinedAnywhere:
    return n.value
n = Node(1).push(2).push(3)
print(n.values(), head(n))
print(Node.push.__annotations__)
print(head.__annotations__)
print(Node.__init__.__annotations__["next"])
x: SomeUndefinedType = 5
print(__annotations__, x)
import __future__
print(__future__.annotations.mandatory if False else "feature object present", hasattr(__future__, "division"))
