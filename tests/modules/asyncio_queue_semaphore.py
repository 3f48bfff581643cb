# asyncio.Queue (bounded, join/task_done, LIFO and priority), QueueEmpty/QueueFull, and
# Semaphore/BoundedSemaphore limiting concurrent tasks.
import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, q.qsize())
    await q.put(None)
async def consumer(q, name):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            print(name, 'done'); break
        print(name, 'got', item)
        await asyncio.sleep(0)
async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full(), str(q))
    await asyncio.gather(producer(q, 5), consumer(q, 'c1'))
    await q.join()
    try: q.get_nowait()
    except asyncio.QueueEmpty: print('empty')
    f = asyncio.Queue(1); f.put_nowait('x')
    try: f.put_nowait('y')
    except asyncio.QueueFull: print('full', str(f))
    pq = asyncio.PriorityQueue(); lq = asyncio.LifoQueue()
    for v in [3, 1, 2]: pq.put_nowait(v); lq.put_nowait(v)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])
    sem = asyncio.Semaphore(2); log = []
    async def worker(i):
        async with sem:
            log.append(('in', i)); await asyncio.sleep(0); log.append(('out', i))
    await asyncio.gather(*(worker(i) for i in range(4)))
    print(log, repr(sem).split(' [')[1])
    b = asyncio.BoundedSemaphore(1)
    try: b.release()
    except ValueError as e: print(e)
    try: asyncio.Semaphore(-1)
    except ValueError as e: print(e)
    q2 = asyncio.Queue()
    async def waiter():
        return await q2.get()
    t = asyncio.create_task(waiter()); await asyncio.sleep(0); q2.put_nowait('late'); print(await t)
    try: q2.task_done(); q2.task_done()
    except ValueError as e: print(e)
    try:
        await asyncio.wait_for(q2.get(), 0.01)
    except asyncio.TimeoutError: print('timeout', q2.empty(), str(q2))
asyncio.run(main())
