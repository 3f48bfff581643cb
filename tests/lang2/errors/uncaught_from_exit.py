# An exception raised by __exit__ while another exception is active: the new one is reported.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise RuntimeError("exit broke while handling " + exc[0].__name__)
print("entering")
with Bad():
    raise ValueError("original")
