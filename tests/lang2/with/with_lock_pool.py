# A connection pool handing out connections through context managers; leaks and double release are errors.
class PoolError(Exception):
    pass
class Connection:
    def __init__(self, cid):
        self.cid = cid
        self.queries = 0
    def query(self, sql):
        if sql.startswith("DROP"):
            raise PermissionError(f"conn {self.cid}: {sql!r} not allowed")
        self.queries += 1
        return f"conn{self.cid}:{sql.lower()}"
class Lease:
    def __init__(self, pool):
        self.pool = pool
        self.conn = None
    def __enter__(self):
        self.conn = self.pool._acquire()
        return self.conn
    def __exit__(self, et, ev, tb):
        self.pool._release(self.conn, broken=et is not None)
        return False
class Pool:
    def __init__(self, size):
        self.free = [Connection(i) for i in range(size)]
        self.busy = set()
        self.discarded = 0
    def _acquire(self):
        if not self.free:
            raise PoolError("pool exhausted")
        c = self.free.pop(0)
        self.busy.add(c.cid)
        return c
    def _release(self, c, broken):
        if c.cid not in self.busy:
            raise PoolError(f"conn {c.cid} released twice")
        self.busy.discard(c.cid)
        if broken:
            self.discarded += 1
            self.free.append(Connection(c.cid + 100))
        else:
            self.free.append(c)
    def lease(self):
        return Lease(self)
pool = Pool(2)
with pool.lease() as a, pool.lease() as b:
    print(a.query("SELECT 1"), b.query("SELECT 2"), sorted(pool.busy))
    try:
        with pool.lease():
            pass
    except PoolError as e:
        print(type(e).__name__, e)
print(sorted(pool.busy), [c.cid for c in pool.free])
try:
    with pool.lease() as c:
        c.query("DROP TABLE users")
except PermissionError as e:
    print(type(e).__name__, e)
print(pool.discarded, [c.cid for c in pool.free])
lease = pool.lease()
with lease as c:
    print(c.query("UPDATE x"))
try:
    lease.__exit__(None, None, None)
except PoolError as e:
    print(type(e).__name__, e)
