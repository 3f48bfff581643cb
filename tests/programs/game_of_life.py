# Conway's game of life on a small torus, printing generations.
W, H = 10, 8
def parse(rows):
    return {(x, y) for y, row in enumerate(rows) for x, c in enumerate(row) if c == "#"}
def step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % W, (y + dy) % H)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in live)}
def show(live):
    for y in range(H):
        print("".join("#" if (x, y) in live else "." for x in range(W)))
board = parse([".#........", "..#.......", "###.......", "..........", "......###.", "..........",
               "..........", ".........."])
for gen in range(4):
    print("generation", gen, "alive", len(board))
    show(board)
    board = step(board)
for _ in range(36):
    board = step(board)
print("after 40:", len(board), sorted(board))
