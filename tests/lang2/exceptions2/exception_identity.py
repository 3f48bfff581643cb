# Exception objects are ordinary objects: stored, re-raised later, compared, collected in lists.
errors = []
for v in ["1", "x", "3", None, "4.5"]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(e)
print([type(e).__name__ if isinstance(e, Exception) else e for e in errors])
saved = errors[1]
try:
    raise saved
except ValueError as e:
    print(e is saved, e)
def make():
    return KeyError("made")
e1 = make()
print(e1 == e1, e1 == make(), type(e1) is KeyError)
try:
    raise e1
except KeyError:
    pass
tb1 = e1.__traceback__
print(tb1 is not None)
try:
    raise e1.with_traceback(None)
except KeyError as e:
    print(e is e1)
cls = ValueError
try:
    raise cls
except ValueError as e:
    print(repr(e), e.args)
def factory(kind):
    return {"v": ValueError, "t": TypeError}[kind]("from factory")
for k in "vt":
    try:
        raise factory(k)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
e = RuntimeError("notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
print(sorted(a for a in dir(Exception()) if not a.startswith("_")))
