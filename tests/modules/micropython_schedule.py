import micropython
import time
log = []
def cb(arg):
    log.append(arg)
for i in range(3):
    micropython.schedule(cb, i)
time.sleep_ms(1)
print(log)
def chain(arg):
    log.append(("chain", arg))
    if arg > 0:
        micropython.schedule(chain, arg - 1)
micropython.schedule(chain, 2)
time.sleep_ms(5)
print(log)
n = 0
try:
    for i in range(100):
        micropython.schedule(cb, i)
        n += 1
except RuntimeError as e:
    print("RuntimeError", e, n > 0)
time.sleep_ms(1)
print(len(log) == 6 + n)
def boom(arg):
    raise ValueError(arg)
micropython.schedule(boom, "from callback")
try:
    time.sleep_ms(2)
except ValueError as e:
    print("ValueError", e)
total = 0
def add(arg):
    global total
    total += arg
micropython.schedule(add, 5)
for i in range(5000):
    pass
print(total)
