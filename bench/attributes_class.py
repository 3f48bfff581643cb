# Attribute access on instances of a user class. Needs `class` (language part two): until then
# run.py lists it as FAILED, which does not affect the other programs.
class Point:
    def __init__(self, x):
        self.x = x
        self.y = 0
    def bump(self):
        self.y += 1
ps = [Point(i) for i in range(1000)]
for _ in range(6000):
    for p in ps:
        p.y += p.x
for p in ps[:100]:
    for _ in range(20000):
        p.bump()
print("checksum", sum(p.y for p in ps))
