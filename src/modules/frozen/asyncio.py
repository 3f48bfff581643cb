# SPDX-License-Identifier: MIT
# asyncio: MicroPython's asyncio API (a subset of CPython's), written over the VM's coroutines.
# The loop follows CPython's design (a ready queue of callbacks, a timer list, futures whose
# done-callbacks wake tasks), so tasks that become ready together run in CPython's order. When
# nothing is ready the loop sleeps through time.sleep, which the platform services in slices
# that Ctrl-C interrupts; with streams waiting it polls them (select.poll) instead. No sockets:
# open_connection/start_server are not provided.
import time as _time


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


TimeoutError = TimeoutError

_PENDING = 0
_CANCELLED = 1
_FINISHED = 2

_running_loop = None
_default_loop = None
_current_task = None
_task_counter = 0


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError("no running event loop")
    return _running_loop


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop._closed:
        _default_loop = Loop()
    return _default_loop


def new_event_loop():
    return Loop()


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def current_task(loop=None):
    return _current_task


def all_tasks(loop=None):
    loop = get_running_loop() if loop is None else loop
    return {t for t in loop._tasks if not t.done()}


class Handle:
    def __init__(self, callback, args):
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as e:
            import sys
            sys.stderr.write("Exception in callback " + repr(self._callback) + "\n")
            sys.stderr.write(type(e).__name__ + ": " + str(e) + "\n")


class TimerHandle(Handle):
    def __init__(self, when, callback, args):
        super().__init__(callback, args)
        self._when = when

    def when(self):
        return self._when


class Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._stopping = False
        self._closed = False
        self._tasks = []
        self._io = []  # (stream, POLL* event, future) waiting for a stream

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args):
        h = Handle(callback, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, callback, *args):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args):
        h = TimerHandle(when, callback, args)
        # Timers are few: keep them sorted, equal deadlines in the order they were set.
        i = len(self._timers)
        while i > 0 and self._timers[i - 1]._when > when:
            i -= 1
        self._timers.insert(i, h)
        return h

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, name=None):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        return Task(coro, loop=self, name=name)

    def is_running(self):
        return _running_loop is self

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        self._ready = []
        self._timers = []

    def run_forever(self):
        global _running_loop
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _running_loop is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            _running_loop = None

    def run_until_complete(self, future):
        future = ensure_future(future, loop=self)

        def done(fut):
            fut._loop.stop()

        future.add_done_callback(done)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(done)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def _wait_io(self, stream, event, fut):
        self._io.append((stream, event, fut))

    def _poll_io(self, timeout_ms):
        import select
        p = select.poll()
        masks = []
        for s, ev, fut in self._io:
            for i in range(len(masks)):
                if masks[i][0] is s:
                    masks[i][1] |= ev
                    break
            else:
                masks.append([s, ev])
        for s, ev in masks:
            p.register(s, ev)
        ready = p.poll(timeout_ms)
        waiting = self._io
        self._io = []
        for s, ev, fut in waiting:
            got = 0
            for o, r in ready:
                if o is s:
                    got = r
            if fut.done():
                continue
            if got & (ev | select.POLLERR | select.POLLHUP):
                fut.set_result(None)
            else:
                self._io.append((s, ev, fut))

    def _run_once(self):
        timers = self._timers
        self._io = [w for w in self._io if not w[2].done()]
        if self._io:
            if self._ready or self._stopping:
                timeout = 0
            elif timers:
                timeout = max(0, int((timers[0]._when - self.time()) * 1000 + 0.999))
            else:
                timeout = -1
            self._poll_io(timeout)
        elif not self._ready and not self._stopping:
            if timers:
                delay = timers[0]._when - self.time()
                if delay > 0:
                    _time.sleep(delay)
            else:
                # Nothing can ever become ready (no streams): wait as CPython does, forever,
                # in sleeps Ctrl-C can interrupt.
                _time.sleep(1)
                return
        end = self.time()
        n = 0
        while n < len(timers) and timers[n]._when <= end:
            n += 1
        for h in timers[:n]:
            if not h._cancelled:
                self._ready.append(h)
        del timers[:n]
        todo = self._ready
        self._ready = []
        for h in todo:
            if not h._cancelled:
                h._run()


class Future:
    _asyncio_future_blocking = False

    def __init__(self, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("invalid state")
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def add_done_callback(self, fn):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        n = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f is not fn and f != fn]
        return n - len(self._callbacks)

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


class Task(Future):
    def __init__(self, coro, loop=None, name=None):
        global _task_counter
        super().__init__(loop=loop)
        if not _is_coroutine(coro):
            raise TypeError("a coroutine was expected, got " + repr(coro))
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        _task_counter += 1
        self._name = "Task-" + str(_task_counter) if name is None else str(name)
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def __repr__(self):
        state = ("pending", "cancelled", "finished")[self._state]
        return "<Task " + state + " name=" + repr(self._name) + ">"

    def get_name(self):
        return self._name

    def set_name(self, name):
        self._name = str(name)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _finish(self):
        if self in self._loop._tasks:
            self._loop._tasks.remove(self)

    def _step(self, exc=None):
        global _current_task
        if self.done():
            raise InvalidStateError("_step(): already done")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        prev = _current_task
        _current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as e:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._finish()
            if e.args:
                self._cancel_message = e.args[0]
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            self._finish()
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            self._finish()
            Future.set_exception(self, e)
        else:
            blocking = getattr(result, "_asyncio_future_blocking", None)
            if blocking is not None and result is not self and blocking:
                result._asyncio_future_blocking = False
                result.add_done_callback(self._wakeup)
                self._fut_waiter = result
                if self._must_cancel:
                    if result.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(
                    self._step, RuntimeError("Task got bad yield: " + repr(result)))
        finally:
            _current_task = prev

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def _is_coroutine(c):
    return type(c).__name__ == "coroutine" or (
        hasattr(c, "send") and hasattr(c, "throw"))


def iscoroutine(c):
    return type(c).__name__ == "coroutine"


def isfuture(f):
    return getattr(f, "_asyncio_future_blocking", None) is not None


def ensure_future(obj, loop=None):
    if isfuture(obj):
        return obj
    if loop is None:
        loop = get_event_loop()
    if _is_coroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, "__await__"):
        async def wrap():
            return await obj
        return loop.create_task(wrap())
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


def create_task(coro, name=None):
    return get_running_loop().create_task(coro, name=name)


def run(main, debug=None):
    global _default_loop
    if _running_loop is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got " + repr(main))
    loop = Loop()
    _default_loop = loop
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            _cancel_all_tasks(loop)
        finally:
            loop.close()
            _default_loop = None


def _cancel_all_tasks(loop):
    pending = [t for t in loop._tasks if not t.done()]
    if not pending:
        return
    for t in pending:
        t.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))


class _Sleep0:
    def __await__(self):
        yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


async def sleep(delay, result=None):
    if delay <= 0:
        await _Sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


def sleep_ms(t):
    return sleep(t / 1000)


class _GatheringFuture(Future):
    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*aws, return_exceptions=False):
    if not aws:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    children = []
    futs = []
    state = [0, None]  # finished count, outer

    def done_callback(fut):
        state[0] += 1
        outer = state[1]
        if outer is None or outer.done():
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state[0] == len(futs):
            results = []
            for f in children:
                if f.cancelled():
                    res = CancelledError("" if f._cancel_message is None else f._cancel_message)
                else:
                    res = f.exception()
                    if res is None:
                        res = f.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    loop = None
    for arg in aws:
        fut = None
        for a, f in zip(aws, children):
            if a is arg:
                fut = f
                break
        if fut is None:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            futs.append(fut)
            fut.add_done_callback(done_callback)
        children.append(fut)
    state[1] = _GatheringFuture(children, loop)
    return state[1]


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    waiter = fut._loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


def wait_for_ms(fut, timeout):
    return wait_for(fut, timeout / 1000)


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class ThreadSafeFlag:
    # MicroPython's: one waiter, and waiting clears the flag.
    def __init__(self):
        self._flag = False
        self._waiter = None

    def set(self):
        self._flag = True
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(True)

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            self._waiter = get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        self._flag = False


class Lock:
    def __init__(self):
        self._waiters = []
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


async def _io_wait(stream, event):
    fut = get_running_loop().create_future()
    get_running_loop()._wait_io(stream, event, fut)
    await fut


class Stream:
    # MicroPython's asyncio stream over a non-blocking stream object: reads wait until
    # select.poll reports the stream readable, writes are buffered until drain().
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e[v]

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    async def read(self, n=-1):
        r = b""
        while True:
            await _io_wait(self.s, 1)
            r2 = self.s.read(n)
            if r2 is not None:
                if n >= 0:
                    return r2
                if not len(r2):
                    return r
                r += r2

    async def readinto(self, buf):
        await _io_wait(self.s, 1)
        return self.s.readinto(buf)

    async def readexactly(self, n):
        r = b""
        while n:
            await _io_wait(self.s, 1)
            r2 = self.s.read(n)
            if r2 is not None:
                if not len(r2):
                    raise EOFError
                r += r2
                n -= len(r2)
        return r

    async def readline(self):
        line = b""
        while True:
            await _io_wait(self.s, 1)
            l2 = self.s.readline()
            line += l2
            if not l2 or line[-1] == 10:
                return line

    def write(self, buf):
        if not self.out_buf:
            ret = self.s.write(buf)
            if ret == len(buf):
                return
            if ret is not None:
                buf = buf[ret:]
        self.out_buf += buf

    async def drain(self):
        while self.out_buf:
            await _io_wait(self.s, 4)
            ret = self.s.write(self.out_buf)
            if ret is not None:
                self.out_buf = self.out_buf[ret:]


StreamReader = Stream
StreamWriter = Stream


from _asyncio_queues import (BoundedSemaphore, LifoQueue, PriorityQueue, Queue,  # noqa: E402
                             QueueEmpty, QueueFull, Semaphore)
