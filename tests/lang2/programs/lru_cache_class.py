# An LRU cache class: doubly linked list + dict, container protocol, eviction callbacks, stats via properties.
class _Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value, self.prev, self.next = key, value, None, None
class LRU:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity, self.on_evict = capacity, on_evict
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def __getitem__(self, key):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default
    def __setitem__(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
        else:
            if len(self.map) >= self.capacity:
                old = self.tail.prev
                self._unlink(old)
                del self.map[old.key]
                if self.on_evict:
                    self.on_evict(old.key, old.value)
            n = self.map[key] = _Node(key, value)
        self._push_front(n)
    def __delitem__(self, key):
        self._unlink(self.map.pop(key))
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next
    @property
    def hit_rate(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0
    def __repr__(self):
        return "LRU([" + ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self) + "])"
evicted = []
c = LRU(3, on_evict=lambda k, v: evicted.append(k))
for k in "abc":
    c[k] = k.upper()
print(c, len(c))
c["a"]
c["d"] = "D"
print(c, evicted)
print(c.get("b"), c.get("c"), "b" in c, list(c))
c["c"] = "C2"
c["e"] = "E"
print(c, evicted, f"{c.hit_rate:.2f}")
del c["e"]
print(list(c), len(c))
for bad in (lambda: c["zzz"], lambda: c.__delitem__("zzz"), lambda: LRU(0)):
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(f"{c.hits} hits, {c.misses} misses, rate {c.hit_rate:.0%}")
