# Breadth-first search through a text maze, printing the path.
MAZE = [
    "##########",
    "#S   #   #",
    "# ## # # #",
    "#  #   # #",
    "## ##### #",
    "#      # #",
    "# #### # #",
    "#    #  E#",
    "##########",
]
def find(ch):
    for y, row in enumerate(MAZE):
        x = row.find(ch)
        if x >= 0:
            return (x, y)
start, end = find("S"), find("E")
print("start", start, "end", end)
prev = {start: None}
queue = [start]
head = 0
while head < len(queue):
    x, y = queue[head]
    head += 1
    if (x, y) == end:
        break
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nx, ny = x + dx, y + dy
        if MAZE[ny][nx] != "#" and (nx, ny) not in prev:
            prev[(nx, ny)] = (x, y)
            queue.append((nx, ny))
path = []
p = end
while p is not None:
    path.append(p)
    p = prev[p]
path.reverse()
print("length", len(path) - 1, "explored", len(prev))
grid = [list(r) for r in MAZE]
for x, y in path[1:-1]:
    grid[y][x] = "."
for row in grid:
    print("".join(row))
