# A user subclass of BaseException is not caught by `except Exception` and ends the program.
class Abort(BaseException):
    pass
try:
    try:
        raise Abort("stop now")
    except Exception:
        print("wrong handler")
finally:
    print("finally ran")
