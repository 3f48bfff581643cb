# Nested try blocks and exceptions raised in handlers.
def nested(x):
    try:
        try:
            if x == 0:
                raise ValueError("zero")
            if x == 1:
                raise KeyError("one")
            return "fine"
        except ValueError as e:
            print("inner caught", e)
            raise TypeError("converted")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught TypeError", e)
        return "recovered"
    except KeyError as e:
        print("outer caught KeyError", e)
        return "keyed"
for x in range(3):
    print(nested(x))
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise IndexError("b")
except IndexError as e:
    print("the handler's exception escapes:", type(e).__name__, e)
