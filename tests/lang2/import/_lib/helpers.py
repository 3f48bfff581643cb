# A plain helper module (not a test: folders named _lib are skipped by the harness).
print("helpers loaded")
def shout(s):
    return s.upper() + "!"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
