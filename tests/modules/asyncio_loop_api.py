# asyncio event-loop API: run_forever/stop, call_soon/call_later ordering, futures, tasks
# created on a loop before it runs, Future errors.
import asyncio
loop = asyncio.new_event_loop()
order = []
loop.call_soon(order.append, "soon1")
loop.call_later(0.1, order.append, "later2")
loop.call_later(0.05, order.append, "later1")
loop.call_soon(order.append, "soon2")
h = loop.call_soon(order.append, "cancelled")
h.cancel()
loop.call_later(0.15, loop.stop)
async def job(n):
    order.append(f"job{n} start")
    await asyncio.sleep(0.005)
    order.append(f"job{n} end")
    return n
t = loop.create_task(job(1))
loop.run_forever()
print(order, t.result(), loop.is_running(), loop.is_closed())
fut = loop.create_future()
print(fut.done(), fut.cancelled())
try:
    fut.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError", e)
loop.call_later(0.001, fut.set_result, "value")
print(loop.run_until_complete(fut))
try:
    fut.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError", e)
f2 = loop.create_future()
f2.set_exception(ValueError("bad"))
try:
    loop.run_until_complete(f2)
except ValueError as e:
    print("ValueError", e, repr(f2.exception()))
f3 = loop.create_future()
f3.add_done_callback(lambda f: order.append("callback " + str(f.result())))
f3.set_result(3)
loop.run_until_complete(asyncio.sleep(0, loop) if False else job(2))
print(order[-3:])
print(f3.cancel(), f3.cancelled())
loop.close()
c = job(3)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError", e)
    c.close()
