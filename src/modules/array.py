def _unordered(sym, other):
    raise TypeError("'" + sym + "' not supported between instances of 'array.array' and '" + type(other).__name__ + "'")


class array:
    __slots__ = ('_tc', '_size')

    def __init__(self, typecode, initializer=None):
        self._size = _init(self, typecode)
        self._tc = typecode
        if initializer is None:
            return
        if isinstance(initializer, str):
            raise TypeError("cannot use a str to initialize an array with typecode '" + typecode + "'")
        if isinstance(initializer, (bytes, bytearray)):
            _frombytes(self, initializer)
        elif isinstance(initializer, array):
            _extend(self, _tolist(initializer))
        else:
            _extend(self, initializer)

    typecode = property(lambda self: self._tc)
    itemsize = property(lambda self: self._size)

    def _same(self, other):
        return isinstance(other, array) and other._tc == self._tc

    def append(self, x):
        _extend(self, (x,))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            _frombytes(self, bytes(iterable))
        else:
            _extend(self, iterable)

    def insert(self, i, x):
        _insert(self, i, x)

    def pop(self, i=-1):
        n = _len(self)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < -n or i >= n:
            raise IndexError('pop index out of range')
        x = _get(self, i)
        _del(self, i)
        return x

    def remove(self, x):
        i = 0
        for y in _tolist(self):
            if y == x:
                _del(self, i)
                return
            i += 1
        raise ValueError('array.remove(x): x not in array')

    def index(self, x, start=0, stop=2147483647):
        items = _tolist(self)
        n = len(items)
        start = max(start + n, 0) if start < 0 else start
        stop = max(stop + n, 0) if stop < 0 else stop
        for i in range(start, min(stop, n)):
            if items[i] == x:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, x):
        c = 0
        for y in _tolist(self):
            if y == x:
                c += 1
        return c

    def reverse(self):
        _set(self, slice(None), bytes(self[::-1]))

    def byteswap(self):
        _byteswap(self)

    def tobytes(self):
        return bytes(self)

    def frombytes(self, data):
        _frombytes(self, data)

    def tolist(self):
        return _tolist(self)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        _frombytes(self, _pack(self, items))

    def buffer_info(self):
        return (id(self), _len(self))

    def __len__(self):
        return _len(self)

    def __getitem__(self, key):
        r = _get(self, key)
        if isinstance(key, slice):
            a = array(self._tc)
            _frombytes(a, r)
            return a
        return r

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "' + type(value).__name__ + '") to array slice')
            if value._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            value = bytes(value)
        _set(self, key, value)

    def __delitem__(self, key):
        _del(self, key)

    def __iter__(self):
        return iter(_tolist(self))

    def __contains__(self, x):
        return x in _tolist(self)

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "' + type(other).__name__ + '") to array')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        a = array(self._tc, bytes(self))
        _frombytes(a, bytes(other))
        return a

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "' + type(other).__name__ + '")')
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(n, '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        return array(self._tc, bytes(self) * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(n, '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '" + type(n).__name__ + "'")
        data = bytes(self) * n
        del self[:]
        _frombytes(self, data)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _tolist(self) == _tolist(other)

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return _tolist(self) != _tolist(other)

    def __lt__(self, other):
        if not isinstance(other, array):
            _unordered('<', other)
        return _tolist(self) < _tolist(other)

    def __le__(self, other):
        if not isinstance(other, array):
            _unordered('<=', other)
        return _tolist(self) <= _tolist(other)

    def __gt__(self, other):
        if not isinstance(other, array):
            _unordered('>', other)
        return _tolist(self) > _tolist(other)

    def __ge__(self, other):
        if not isinstance(other, array):
            _unordered('>=', other)
        return _tolist(self) >= _tolist(other)

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __repr__(self):
        if _len(self) == 0:
            return "array('" + self._tc + "')"
        return "array('" + self._tc + "', " + repr(_tolist(self)) + ')'

    def __copy__(self):
        return array(self._tc, bytes(self))

    def __deepcopy__(self, memo):
        return array(self._tc, bytes(self))


array.__module__ = 'array'
ArrayType = array
