# Imported and reloaded by importlib_modules.py: counts its own executions.
loads = globals().get("loads", 0) + 1
print("executing _reload_target, load", loads)


def version():
    return loads
