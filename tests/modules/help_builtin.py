# help(): MicroPython's short help (a welcome text, an object's attributes, the module list)
# instead of CPython's interactive pydoc; see docs/differences.md.
import types
import functools

help()
help(types.SimpleNamespace(width=3, name="box", items=[1, 2]))


class Box:
    size = 4

    def grow(self):
        pass

    def __repr__(self):
        return "Box()"


help(Box())
help(functools.partial(max, 1).args)
help("modules")
print("done")
