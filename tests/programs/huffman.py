# Huffman coding with tuples and a sorted list as priority queue.
def build(text):
    freq = {}
    for c in text:
        freq[c] = freq.get(c, 0) + 1
    # each node: (weight, order, tree); order breaks ties deterministically
    nodes = [(n, i, c) for i, (c, n) in enumerate(sorted(freq.items()))]
    order = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        a, b = nodes[0], nodes[1]
        nodes = nodes[2:] + [(a[0] + b[0], order, (a[2], b[2]))]
        order += 1
    return nodes[0][2], freq
def codes(tree, prefix="", table=None):
    if table is None:
        table = {}
    if isinstance(tree, str):
        table[tree] = prefix or "0"
    else:
        codes(tree[0], prefix + "0", table)
        codes(tree[1], prefix + "1", table)
    return table
def decode(bits, tree):
    out, node = "", tree
    for b in bits:
        node = node[int(b)]
        if isinstance(node, str):
            out += node
            node = tree
    return out
text = "this is an example of a huffman tree built in pyrite"
tree, freq = build(text)
table = codes(tree)
for c in sorted(table, key=lambda c: (len(table[c]), c)):
    print(repr(c), freq[c], table[c])
bits = "".join(table[c] for c in text)
print(len(bits), "bits vs", 8 * len(text), bits[:40])
print(decode(bits, tree) == text)
