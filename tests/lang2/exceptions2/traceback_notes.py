# Exception notes (add_note) and with_traceback.
try:
    try:
        raise ValueError("base")
    except ValueError as e:
        e.add_note("while parsing line 3")
        raise
except ValueError as e:
    print(e, e.__notes__)
e = RuntimeError("x")
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise e
except RuntimeError as caught:
    print(caught.__traceback__ is not None)
