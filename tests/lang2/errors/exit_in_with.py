# sys.exit inside a with block: __exit__ sees SystemExit and the status is kept.
import sys
class CM:
    def __enter__(self):
        print("enter")
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__, ev.code)
        return False
with CM():
    sys.exit(9)
