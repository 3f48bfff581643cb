# Push-based coroutine pipelines using send.
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
def filt(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def mapper(f, target):
    while True:
        target.send(f((yield)))
def primed(c):
    next(c)
    return c
sink = primed(printer("out:"))
pipe = primed(mapper(lambda x: x * x, primed(filt(lambda v: v % 2, sink))))
for i in range(8):
    pipe.send(i)
pipe.close()
print("closed")
