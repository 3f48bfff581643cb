# Deeply nested comprehension combinations.
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w: [c for c in w if c in "aeiou"] for w in words[:2]})
matrix = [[i * 4 + j for j in range(4)] for i in range(4)]
print([matrix[i][i] for i in range(4)], [matrix[i][3 - i] for i in range(4)])
print(sum(sum(r) for r in matrix), [sum(c) for c in zip(*matrix)])
