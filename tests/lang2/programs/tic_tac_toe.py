# Tic-tac-toe with a Board class, move validation via exceptions, win detection, and a minimax player.
class IllegalMove(Exception):
    pass
class Board:
    LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]
    def __init__(self, cells=None):
        self.cells = list(cells or " " * 9)
    def __str__(self):
        rows = ["|".join(self.cells[r * 3:r * 3 + 3]) for r in range(3)]
        return "\n-+-+-\n".join(rows)
    def __getitem__(self, i):
        return self.cells[i]
    def play(self, i, mark):
        match i:
            case int() if 0 <= i < 9:
                pass
            case _:
                raise IllegalMove(f"square {i!r} is off the board")
        if self.cells[i] != " ":
            raise IllegalMove(f"square {i} is taken by {self.cells[i]}")
        return Board(self.cells[:i] + [mark] + self.cells[i + 1:])
    def winner(self):
        for a, b, c in self.LINES:
            if self.cells[a] != " " and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return "draw" if " " not in self.cells else None
    def free(self):
        return [i for i, c in enumerate(self.cells) if c == " "]
def minimax(board, mark, memo={}):
    key = ("".join(board.cells), mark)
    if key in memo:
        return memo[key]
    w = board.winner()
    if w is not None:
        result = ({"X": 1, "O": -1, "draw": 0}[w], None)
    else:
        other = "O" if mark == "X" else "X"
        scored = [(minimax(board.play(i, mark), other)[0], i) for i in board.free()]
        result = max(scored) if mark == "X" else min(scored)
    memo[key] = result
    return result
b = Board()
mark = "X"
while b.winner() is None:
    score, move = minimax(b, mark)
    b = b.play(move, mark)
    mark = "O" if mark == "X" else "X"
print(b)
print("result:", b.winner())
b2 = Board("XX OO    ")
print(minimax(b2, "X"), minimax(b2, "O"))
for bad in (4, 9, -1, "a", 3):
    try:
        b2 = b2.play(bad, "X")
        print("played", bad)
    except IllegalMove as e:
        print(type(e).__name__, e)
