def b():
    return "b"
value = 42
