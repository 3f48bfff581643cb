# A package imported by the tests in tests/lang2/import/.
print("pkg init")
VERSION = (1, 2)
from .core import add
from . import sub
__all__ = ["add", "VERSION"]
