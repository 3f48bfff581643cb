# SPDX-License-Identifier: MIT
# copy: shallow and deep copies (`copy`, `deepcopy`, `replace` is 3.13 and absent), as CPython's
# Lib/copy.py: `__copy__`/`__deepcopy__` first, then the built-in containers, then a user
# `__reduce_ex__`/`__reduce__`, then instances rebuilt through `__new__` with their `__dict__`
# (or `__getstate__`/`__setstate__`) and the contents of a built-in base (list, dict, set...).

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# What copying returns unchanged (CPython's `_copy_immutable` and `_deepcopy_atomic`).
_atomic = (type(None), int, float, bool, complex, str, bytes, type, range, slice, property,
           type(Ellipsis), type(NotImplemented), type(len), type(lambda: 0))


def _is_atomic(x):
    return type(x) in _atomic or isinstance(x, type)


def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    f = getattr(cls, "__copy__", None)
    if f is not None:
        return f(x)
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    rv = _reduce(x)
    if rv is not None:
        return _reconstruct(x, None, *rv)
    return _rebuild(x, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple that contains itself through a list is already in the memo.
        try:
            return memo[d]
        except KeyError:
            pass
        y = x
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        f = getattr(cls, "__deepcopy__", None)
        if f is not None:
            y = f(x, memo)
        else:
            rv = _reduce(x)
            if rv is not None:
                y = _reconstruct(x, memo, *rv)
            else:
                y = _rebuild(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # As CPython: the originals stay alive while the memo does, so their ids stay unique.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    # A reduction the object's class defines itself (not the built-in default).
    cls = type(x)
    for name in ("__reduce_ex__", "__reduce__"):
        f = getattr(cls, name, None)
        if f is not None:
            rv = f(x, 4) if name == "__reduce_ex__" else f(x)
            if isinstance(rv, str):
                return None
            if not isinstance(rv, tuple):
                raise Error("un(deep)copyable object of type %s" % cls)
            return rv
    return None


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _set_state(y, state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _set_state(y, state):
    setter = getattr(y, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for key, value in slotstate.items():
            setattr(y, key, value)


def _rebuild(x, memo):
    # An instance of a user class: a new object of its class (its `__new__` given the
    # `__getnewargs__` of an immutable base), its state, and the contents of a container base.
    cls = type(x)
    deep = memo is not None
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
    elif isinstance(x, (tuple, int, float, str, bytes, frozenset)):
        args = (_base_value(x),)
    else:
        args = ()
    if deep and args:
        args = tuple(deepcopy(a, memo) for a in args)
    y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        state = getstate(x)
    else:
        state = getattr(x, "__dict__", None)
        if not state:
            state = None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if getattr(y, "__setstate__", None) is not None or getstate is not None:
            _set_state(y, state)
        else:
            y.__dict__.update(state)
    if isinstance(x, list):
        list.extend(y, [deepcopy(a, memo) for a in x] if deep else x)
    elif isinstance(x, dict):
        for k, v in dict.items(x):
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif isinstance(x, set):
        set.update(y, [deepcopy(a, memo) for a in x] if deep else x)
    elif isinstance(x, bytearray):
        bytearray.extend(y, x)
    return y


def _base_value(x):
    for base in (tuple, int, float, str, bytes, frozenset):
        if isinstance(x, base):
            return base(x)
    return x
