# SystemExit raised deep in a call chain passes through `except Exception`.
def inner():
    raise SystemExit(7)
def middle():
    try:
        inner()
    except Exception:
        print("not caught here")
    finally:
        print("middle finally")
print("start")
middle()
