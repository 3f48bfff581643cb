# SPDX-License-Identifier: MIT
# itertools: lazy iterator building blocks, as CPython 3.11's (same results, same argument
# checks and messages). Each function checks its arguments when called, as CPython does, and
# returns a generator that does the work lazily.

__all__ = ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile",
           "takewhile", "filterfalse", "groupby", "islice", "starmap", "tee", "zip_longest",
           "product", "permutations", "combinations", "combinations_with_replacement",
           "pairwise"]


def _nargs(name, args, lo, hi):
    n = len(args)
    if lo == hi and n != lo:
        raise TypeError(f"{name} expected {lo} argument{'s' if lo != 1 else ''}, got {n}")
    if n < lo:
        raise TypeError(f"{name} expected at least {lo} arguments, got {n}")
    if n > hi:
        raise TypeError(f"{name} expected at most {hi} arguments, got {n}")


def _no_kwargs(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _is_number(x):
    return isinstance(x, (int, float)) or type(x).__name__ == "complex" or hasattr(x, "__add__")


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f"count() takes at most 2 arguments ({len(args)} given)")
        start = args[0] if len(args) > 0 else kwargs.pop("start", 0)
        step = args[1] if len(args) > 1 else kwargs.pop("step", 1)
        for k in kwargs:
            raise TypeError(f"count() got an unexpected keyword argument '{k}'")
        if not (_is_number(start) and _is_number(step)) or isinstance(start, (str, bytes)) \
                or isinstance(step, (str, bytes)):
            raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"


class repeat:
    """repeat(object[, times]): object, times times or forever."""

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f"repeat() takes at most 2 arguments ({len(args)} given)")
        if args:
            obj = args[0]
        elif "object" in kwargs:
            obj = kwargs.pop("object")
        else:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        times = args[1] if len(args) > 1 else kwargs.pop("times", None)
        for k in kwargs:
            raise TypeError(f"repeat() got an unexpected keyword argument '{k}'")
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as "
                                "an integer")
            times = max(times, 0)
        self._obj = obj
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


def cycle(*args, **kwargs):
    _no_kwargs("cycle", kwargs)
    _nargs("cycle", args, 1, 1)
    return _cycle(iter(args[0]))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def accumulate(*args, func=None, initial=None):
    if not args:
        raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
    if len(args) > 2:
        raise TypeError(f"accumulate() takes at most 3 arguments ({len(args) + 1} given)")
    if len(args) == 2:
        func = args[1]
    return _accumulate(iter(args[0]), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables, **kwargs):
        _no_kwargs("chain", kwargs)
        self._gen = _chain(iter(iterables))

    @classmethod
    def from_iterable(cls, *args):
        if len(args) != 1:
            raise TypeError(
                f"chain.from_iterable() takes exactly one argument ({len(args)} given)")
        self = object.__new__(cls)
        self._gen = _chain(iter(args[0]))
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _chain(iterables):
    for it in iterables:
        yield from it


def compress(*args, **kwargs):
    data = args[0] if args else kwargs.pop("data", None)
    selectors = args[1] if len(args) > 1 else kwargs.pop("selectors", None)
    if len(args) > 2:
        raise TypeError(f"compress() takes at most 2 arguments ({len(args)} given)")
    if data is None and not args:
        raise TypeError("compress() missing required argument 'data' (pos 1)")
    if selectors is None and len(args) < 2:
        raise TypeError("compress() missing required argument 'selectors' (pos 2)")
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(*args, **kwargs):
    _no_kwargs("dropwhile", kwargs)
    _nargs("dropwhile", args, 2, 2)
    return _dropwhile(args[0], iter(args[1]))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(*args, **kwargs):
    _no_kwargs("takewhile", kwargs)
    _nargs("takewhile", args, 2, 2)
    return _takewhile(args[0], iter(args[1]))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(*args, **kwargs):
    _no_kwargs("filterfalse", kwargs)
    _nargs("filterfalse", args, 2, 2)
    return _filterfalse(args[0], iter(args[1]))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


class groupby:
    """groupby(iterable, key=None): (key, group) pairs over runs of equal keys."""

    def __init__(self, *args, **kwargs):
        if len(args) > 2:
            raise TypeError(f"groupby() takes at most 2 arguments ({len(args)} given)")
        if args:
            iterable = args[0]
        elif "iterable" in kwargs:
            iterable = kwargs.pop("iterable")
        else:
            raise TypeError("groupby() missing required argument 'iterable' (pos 1)")
        key = args[1] if len(args) > 1 else kwargs.pop("key", None)
        for k in kwargs:
            raise TypeError(f"groupby() got an unexpected keyword argument '{k}'")
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _MARKER
        self._id = None

    def __iter__(self):
        return self

    def _advance(self):
        self._currvalue = next(self._it)
        kf = self._keyfunc
        self._currkey = self._currvalue if kf is None else kf(self._currvalue)

    def __next__(self):
        self._id = object()
        if self._currkey is _MARKER:
            self._advance()
        elif self._tgtkey is not _MARKER:
            while self._currkey == self._tgtkey:
                self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                self._currkey = _MARKER
                self._tgtkey = _MARKER
                self._it = iter(())
                return


_MARKER = object()


def islice(*args, **kwargs):
    _no_kwargs("islice", kwargs)
    _nargs("islice", args, 2, 4)
    it = iter(args[0])
    if len(args) == 2:
        start, stop, step = None, args[1], None
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError("Stop argument for islice() must be None or an integer: "
                             "0 <= x <= sys.maxsize.")
    else:
        start, stop = args[1], args[2]
        step = args[3] if len(args) == 4 else None
        for v in (start, stop):
            if v is not None and (not isinstance(v, int) or v < 0):
                raise ValueError("Indices for islice() must be None or an integer: "
                                 "0 <= x <= sys.maxsize.")
        if step is not None and (not isinstance(step, int) or step <= 0):
            raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(it, start or 0, stop, step or 1)


def _islice(it, start, stop, step):
    # CPython's islice_next, step by step, so that the underlying iterator is consumed
    # exactly as far as CPython consumes it.
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def starmap(*args, **kwargs):
    _no_kwargs("starmap", kwargs)
    _nargs("starmap", args, 2, 2)
    return _starmap(args[0], iter(args[1]))


def _starmap(function, it):
    for a in it:
        # tuple() first: C's starmap reports a non-iterable item as `'int' object is not
        # iterable`, not with the `f() argument after *` wording of a call.
        yield function(*tuple(a))


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    # A shared linked list of [value, next] cells: each copy keeps its own position and
    # cells no copy still needs are collected.
    head = [None, None]
    return tuple(_tee(it, head) for _ in range(n))


def _tee(it, node):
    while True:
        nxt = node[1]
        if nxt is None:
            try:
                value = next(it)
            except StopIteration:
                return
            nxt = [value, None]
            node[1] = nxt
        node = nxt
        yield nxt[0]


def zip_longest(*args, fillvalue=None):
    iterators = [iter(it) for it in args]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] < len(pool):
                result[i] = pool[indices[i]]
                break
            indices[i] = 0
            result[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(result)


def _check_r(r, permutation=False):
    if not isinstance(r, int):
        if permutation:
            raise TypeError("Expected int as r")
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is not None:
        _check_r(r, True)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(*args, **kwargs):
    iterable, r = _iterable_r("combinations", args, kwargs)
    pool = tuple(iterable)
    _check_r(r)
    return _combinations(pool, r)


def _iterable_r(name, args, kwargs):
    if len(args) > 2:
        raise TypeError(f"{name}() takes at most 2 arguments ({len(args)} given)")
    if args:
        iterable = args[0]
    elif "iterable" in kwargs:
        iterable = kwargs.pop("iterable")
    else:
        raise TypeError(f"{name}() missing required argument 'iterable' (pos 1)")
    if len(args) > 1:
        r = args[1]
    elif "r" in kwargs:
        r = kwargs.pop("r")
    else:
        raise TypeError(f"{name}() missing required argument 'r' (pos 2)")
    for k in kwargs:
        raise TypeError(f"{name}() got an unexpected keyword argument '{k}'")
    return iterable, r


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(*args, **kwargs):
    iterable, r = _iterable_r("combinations_with_replacement", args, kwargs)
    pool = tuple(iterable)
    _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b
