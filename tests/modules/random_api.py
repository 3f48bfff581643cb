import random
random.seed(42)
a = [random.random() for _ in range(5)]
random.seed(42)
b = [random.random() for _ in range(5)]
print(a == b, all(0.0 <= x < 1.0 for x in a), len(set(a)) == 5)
random.seed(7)
r1 = random.getrandbits(32)
random.seed(8)
r2 = random.getrandbits(32)
print(r1 != r2)
random.seed()
print(random.getrandbits(0), 0 <= random.getrandbits(1) <= 1, 0 <= random.getrandbits(8) < 256)
print(0 <= random.getrandbits(100) < 2**100, type(random.getrandbits(70)).__name__)
seen = set()
for _ in range(300):
    x = random.randint(1, 6)
    seen.add(x)
print(sorted(seen))
print(all(random.randrange(10) in range(10) for _ in range(100)))
print(all(random.randrange(5, 10) in range(5, 10) for _ in range(100)))
print(all(random.randrange(0, 100, 7) % 7 == 0 for _ in range(100)))
print(all(random.randrange(10, 0, -3) in range(10, 0, -3) for _ in range(100)))
print(random.randrange(2**80, 2**80 + 1) == 2**80, random.randint(5, 5))
print(all(2.0 <= random.uniform(2, 3) <= 3.0 for _ in range(100)), random.uniform(1, 1))
items = ["a", "b", "c"]
print(all(random.choice(items) in items for _ in range(50)), random.choice("x"), random.choice((9,)))
deck = list(range(20))
random.shuffle(deck)
print(sorted(deck) == list(range(20)), len(deck))
empty = []
random.shuffle(empty)
print(empty)
def t(f, *a):
    try:
        print(f(*a))
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
t(random.randrange, 0)
t(random.randrange, -5)
t(random.randrange, 5, 5)
t(random.randrange, 5, 2)
t(random.randrange, 0, 10, 0)
t(random.randrange, 0, 10, -1)
t(random.randint, 3, 2)
t(random.choice, [])
t(random.getrandbits, -1)
t(random.randrange, 1.5)
