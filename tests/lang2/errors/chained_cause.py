# Uncaught chained exception: the traceback shows the cause first, then the final error.
def load():
    try:
        return {}["missing"]
    except KeyError as e:
        raise RuntimeError("could not load settings") from e
print("loading")
load()
