"""The app package docstring."""
import sys
LOADED = []
def _note(name):
    LOADED.append(name)
_note(__name__)
print("app init, main module is", sys.modules["__main__"].__name__ if "__main__" in sys.modules else None)
