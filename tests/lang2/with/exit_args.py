# __exit__ receives the exception type, value and a traceback object.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t, type(v).__name__, v.args if v else None, tb is not None)
        return True
with Inspect():
    raise ValueError("a", 1)
with Inspect():
    pass
with Inspect():
    {}["k"]
print("done")
