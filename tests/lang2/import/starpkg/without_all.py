import sys as _sys
public_a = "a"
public_b = "b"
_private_c = "c"
def helper():
    return "helper"
