# Generator introspection and states.
def g():
    yield 1
gen = g()
print(type(gen).__name__, gen.__name__, gen.gi_running, gen.gi_frame is not None)
print(next(gen), list(gen), gen.gi_frame)
def running():
    yield gen2.gi_running
gen2 = running()
print(next(gen2))
def reentrant():
    yield next(gen3)
gen3 = reentrant()
try:
    next(gen3)
except ValueError as e:
    print("ValueError", e)
