# select.select over files (always ready, as POSIX says) and its argument errors.
import select
with open(__file__) as f:
    r, w, x = select.select([f], [f], [], 0)
    print(r == [f], w == [f], x)
    r, w, x = select.select([f], [], [], 0.01)
    print(len(r), w, x)
    r, w, x = select.select([], [f], [])
    print(r, len(w), x)
    fd = f.fileno()
    print(select.select([fd], [], [], 0) == ([fd], [], []))
    try:
        select.select([f], [], [], -1)
    except ValueError as e:
        print("ValueError", e)
p = select.poll()
try:
    p.unregister(99)
except KeyError as e:
    print("KeyError", e)
try:
    p.modify(99, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)
print(p.poll(0))
print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
