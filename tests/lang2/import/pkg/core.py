print("pkg.core loaded")
def add(a, b):
    return a + b
_private = "hidden"
public = "visible"
