# Module objects: made by calling the module type, PEP 562 __getattr__/__dir__, attributes.
import sys

ModuleType = type(sys)
m = ModuleType("scratch", "A scratch module.")
print(m.__name__, m.__doc__, m.__package__, m.__spec__, sorted(vars(m)))
m.value = 3
exec("def double():\n    return value * 2", m.__dict__)
print(m.double(), repr(m).startswith("<module 'scratch'"))
print(ModuleType(name="kw").__name__, ModuleType("nodoc").__doc__)
for args in [(), (5,), ("a", "b", "c")]:
    try:
        ModuleType(*args)
    except TypeError as e:
        print("TypeError", e)
sys.modules["scratch"] = m
import scratch
print(scratch is m, scratch.double())
from scratch import value
print(value)
import lazymod
print(lazymod.EAGER, lazymod.lazy_abc, lazymod.lazy_abc is lazymod.lazy_abc)
print(hasattr(lazymod, "lazy_x"), hasattr(lazymod, "other"), getattr(lazymod, "other", "default"))
try:
    lazymod.other
except AttributeError as e:
    print("AttributeError", e)
print(dir(lazymod))
from lazymod import lazy_zed
print(lazy_zed)
try:
    from lazymod import other
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
