# SPDX-License-Identifier: MIT
# importlib: import_module and reload over the VM's own import machinery (CPython's names,
# arguments and errors; there are no loaders or specs to configure).

import sys
import _stdlib

__all__ = ["import_module", "invalidate_caches", "reload"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') is resolved against package."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError(f"module name must be str, not {type(name).__name__}")
    if level:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    module = sys.modules.get(name)
    if module is None:
        __import__(name)
        module = sys.modules[name]
    return module


def invalidate_caches():
    """Nothing to do: the VM keeps no finder caches."""


def reload(module):
    """Execute a module's source again, in the same module object, and return it."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, "__file__", None)
    if filename is None or filename.startswith("<frozen "):
        # A frozen module runs its bytecode again; a built-in module has nothing to re-run.
        _stdlib.exec_frozen(name, module.__dict__)
        return module
    source = _stdlib.read_source(filename)
    if source is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    exec(compile(source, filename, "exec"), module.__dict__)
    return module
