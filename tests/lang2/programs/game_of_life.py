# Conway's Game of Life with a Board class: __str__, __eq__, __hash__ for cycle detection, generators of neighbours.
class Board:
    def __init__(self, cells, w, h):
        self.cells = frozenset(cells)
        self.w, self.h = w, h
    @classmethod
    def parse(cls, text):
        rows = text.strip().splitlines()
        cells = {(x, y) for y, row in enumerate(rows) for x, c in enumerate(row) if c == "#"}
        return cls(cells, len(rows[0]), len(rows))
    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.w, (y + dy) % self.h
    def step(self):
        counts = {}
        for c in self.cells:
            for n in self.neighbours(*c):
                counts[n] = counts.get(n, 0) + 1
        alive = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.cells)}
        return Board(alive, self.w, self.h)
    def __eq__(self, o):
        return isinstance(o, Board) and self.cells == o.cells
    def __hash__(self):
        return hash(self.cells)
    def __len__(self):
        return len(self.cells)
    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w)) for y in range(self.h))
def run(board, limit=50):
    seen = {board: 0}
    for gen in range(1, limit + 1):
        board = board.step()
        if board in seen:
            return gen, seen[board], board
        seen[board] = gen
    return limit, None, board
blinker = Board.parse("""
.....
..#..
..#..
..#..
.....
""")
print(blinker.step())
print(run(blinker)[:2])
glider = Board.parse("""
.#....
..#...
###...
......
......
......
""")
gen, first, final = run(glider, 30)
print(gen, first, len(final))
print(final)
print(Board.parse("#.\n.#") == Board.parse("#.\n.#"), len({blinker, blinker.step().step()}))
