print("loading plugins.alpha")
def run(x):
    return f"alpha({x})"
