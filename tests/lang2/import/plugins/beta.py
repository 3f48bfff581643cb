print("loading plugins.beta")
from .alpha import run as alpha_run
def run(x):
    return "beta+" + alpha_run(x)
