# A text editor buffer with command objects, undo/redo stacks and context-managed batches.
class Command:
    def do(self, buf): raise NotImplementedError
    def undo(self, buf): raise NotImplementedError
class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def do(self, buf):
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]
    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"
class Delete(Command):
    def __init__(self, pos, n):
        self.pos, self.n, self.removed = pos, n, None
    def do(self, buf):
        if self.pos + self.n > len(buf.text):
            raise IndexError(f"delete past end ({self.pos}+{self.n} > {len(buf.text)})")
        self.removed = buf.text[self.pos:self.pos + self.n]
        buf.text = buf.text[:self.pos] + buf.text[self.pos + self.n:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + self.removed + buf.text[self.pos:]
    def __repr__(self):
        return f"Delete({self.pos}, {self.n})"
class Batch(Command):
    def __init__(self, cmds):
        self.cmds = cmds
    def do(self, buf):
        for c in self.cmds: c.do(buf)
    def undo(self, buf):
        for c in reversed(self.cmds): c.undo(buf)
    def __repr__(self):
        return f"Batch{self.cmds}"
class Buffer:
    def __init__(self):
        self.text, self.undos, self.redos, self._batch = "", [], [], None
    def run(self, cmd):
        if self._batch is not None:
            cmd.do(self)
            self._batch.append(cmd)
            return
        cmd.do(self)
        self.undos.append(cmd)
        self.redos.clear()
    def undo(self):
        if not self.undos:
            raise LookupError("nothing to undo")
        c = self.undos.pop()
        c.undo(self)
        self.redos.append(c)
    def redo(self):
        c = self.redos.pop()
        c.do(self)
        self.undos.append(c)
    def __enter__(self):
        self._batch = []
        return self
    def __exit__(self, et, ev, tb):
        cmds, self._batch = self._batch, None
        if et is not None:
            for c in reversed(cmds): c.undo(self)
            print("batch rolled back:", ev)
            return True
        self.undos.append(Batch(cmds))
b = Buffer()
b.run(Insert(0, "hello"))
b.run(Insert(5, " world"))
print(repr(b.text))
b.undo(); print(repr(b.text))
b.redo(); print(repr(b.text))
with b:
    b.run(Delete(0, 6))
    b.run(Insert(0, "brave new "))
print(repr(b.text), b.undos[-1])
with b:
    b.run(Insert(0, ">> "))
    b.run(Delete(0, 100))
print(repr(b.text))
b.undo(); print(repr(b.text))
b.undo(); b.undo(); print(repr(b.text))
try:
    b.undo()
except LookupError as e:
    print(type(e).__name__, e)
try:
    Command().do(b)
except NotImplementedError as e:
    print(type(e).__name__, repr(str(e)))
