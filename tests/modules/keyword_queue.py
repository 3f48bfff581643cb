# keyword (kwlist, iskeyword, soft keywords) and queue (FIFO, LIFO, priority, simple; Empty and
# Full without blocking).
import keyword
import queue

print(len(keyword.kwlist), keyword.iskeyword('yield'), keyword.iskeyword('match'),
      keyword.issoftkeyword('match'), keyword.softkwlist, keyword.kwlist[:5])
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
b = queue.Queue(maxsize=2)
b.put('a')
b.put_nowait('b')
try:
    b.put('c', block=False)
except queue.Full:
    print('Full', b.full(), b.qsize())
b.task_done()
b.task_done()
try:
    b.task_done()
except ValueError as e:
    print(e)
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in [(3, 'c'), (1, 'a'), (2, 'b')]:
    lq.put(v)
    pq.put(v)
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
sq = queue.SimpleQueue()
sq.put(1)
print(sq.get(), sq.empty(), sq.qsize(), queue.Queue[int].__origin__ is queue.Queue)


def bfs(graph, start):
    seen, order, todo = {start}, [], queue.Queue()
    todo.put(start)
    while not todo.empty():
        n = todo.get()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                todo.put(m)
    return order


print(bfs({1: [2, 3], 2: [4], 3: [4], 4: []}, 1))
