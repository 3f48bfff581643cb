# Import order of package __init__ files, re-exported names, `from . import __name__`, and module identity.
import nsdemo
print(nsdemo.order)
print(nsdemo.exported_helper())
print(nsdemo.tool is nsdemo.inner.tool, nsdemo.exported_helper is nsdemo.inner.tool.helper)
print(nsdemo.__doc__)
from nsdemo.inner import tool as t2
from nsdemo import inner
print(t2 is nsdemo.tool, inner.__name__, hasattr(inner, "tool"))
import sys
print(sorted(k for k in sys.modules if k.startswith("nsdemo")))
before = len(nsdemo.order)
import nsdemo.inner.tool
from nsdemo.inner.tool import helper
print(len(nsdemo.order) == before, helper())
