# A context manager class wrapping a generator (like contextlib.contextmanager, by hand).
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, t, v, tb):
        if t is None:
            next(self.gen, None)
            return False
        try:
            self.gen.throw(v)
        except StopIteration:
            return True
        except BaseException as e:
            if e is v:
                return False
            raise
        return True
def tag(name):
    print("<" + name + ">")
    try:
        yield name
    except ValueError as e:
        print("handled", e)
    print("</" + name + ">")
with GenCM(tag("b")) as n:
    print("inside", n)
with GenCM(tag("i")):
    raise ValueError("oops")
print("end")
