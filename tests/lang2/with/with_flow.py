# with and return/break/continue: __exit__ always runs.
class Log:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("in", self.tag)
        return self
    def __exit__(self, *exc):
        print("out", self.tag)
def f():
    with Log("f"):
        return "returned"
print(f())
for i in range(3):
    with Log(i):
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
def gen():
    with Log("gen"):
        yield 1
        yield 2
print(list(gen()))
