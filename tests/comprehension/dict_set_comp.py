# Dict and set comprehensions.
squares = {n: n * n for n in range(6)}
print(squares, {k: v for k, v in squares.items() if v > 5})
print({c: "abc".index(c) for c in "cab"}, {(i, j): i * j for i in range(2) for j in range(2)})
print(sorted({x % 4 for x in range(30)}), sorted({w[0] for w in ["ax", "by", "az"]}))
swapped = {v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()}
print(swapped)
