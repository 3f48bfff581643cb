# Huffman compression: node classes ordered by __lt__, a sorted-list priority queue, encode/decode via generators, bytes output.
class Node:
    order = 0
    def __init__(self, weight, sym=None, left=None, right=None):
        Node.order += 1
        self.weight, self.sym, self.left, self.right, self.seq = weight, sym, left, right, Node.order
    def __lt__(self, other):
        return (self.weight, self.seq) < (other.weight, other.seq)
    def leaves(self, prefix=""):
        if self.sym is not None:
            yield self.sym, prefix or "0"
        else:
            yield from self.left.leaves(prefix + "0")
            yield from self.right.leaves(prefix + "1")
def build(text):
    if not text:
        raise ValueError("cannot encode empty text")
    counts = {}
    for ch in text:
        counts[ch] = counts.get(ch, 0) + 1
    queue = sorted(Node(w, s) for s, w in sorted(counts.items()))
    while len(queue) > 1:
        a, b = queue.pop(0), queue.pop(0)
        queue.append(Node(a.weight + b.weight, left=a, right=b))
        queue.sort()
    return queue[0]
def encode(text):
    tree = build(text)
    table = dict(tree.leaves())
    return tree, table, "".join(table[c] for c in text)
def decode(tree, bits):
    node = tree
    for b in bits:
        if tree.sym is not None:
            yield tree.sym
            continue
        node = node.left if b == "0" else node.right
        if node.sym is not None:
            yield node.sym
            node = tree
def pack(bits):
    padded = bits + "0" * (-len(bits) % 8)
    return bytes(int(padded[i:i + 8], 2) for i in range(0, len(padded), 8))
for text in ("abracadabra", "mississippi river", "aaaa"):
    tree, table, bits = encode(text)
    print(repr(text), sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0])))
    print("  bits:", len(bits), "vs", 8 * len(text), "| packed:", pack(bits).hex(), "| roundtrip:", "".join(decode(tree, bits)) == text)
try:
    encode("")
except ValueError as e:
    print(type(e).__name__, e)
