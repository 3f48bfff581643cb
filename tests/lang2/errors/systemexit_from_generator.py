# SystemExit raised inside a generator propagates through the for loop and sets the status.
def items():
    yield 1
    raise SystemExit(4)
for i in items():
    print("item", i)
print("not reached")
