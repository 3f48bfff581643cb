# The minimal level has no help() (as MicroPython without MICROPY_PY_BUILTINS_HELP): the name
# is not defined; dir() still lists what an object has.
try:
    help()
except NameError as e:
    print("NameError:", e)

import builtins

print(hasattr(builtins, "help"), "help" in dir(builtins), "dir" in dir(builtins))
print([n for n in dir([]) if not n.startswith("_")])
