for f in [lambda: (5).bit_length(1), lambda: (5).as_integer_ratio(1), lambda: (1.5).is_integer(1), lambda: (1.5).hex(2), lambda: float.fromhex(), lambda: (5).__round__(1,2), lambda: (1.5).__round__(1, 2), lambda: (5).conjugate(1), lambda: (5).__int__(1), lambda: (1.5).__trunc__(1), lambda: (5).__add__(), lambda: (5).__pow__()]:
    try: f()
    except TypeError as e: print(e)
for f in [lambda: (5).__neg__(1), lambda: (5).__abs__(1), lambda: (1.5).__float__(1), lambda: (1.5).conjugate(1), lambda: (1.5).__int__(1),
          lambda: (5).__hash__(1), lambda: (5).__repr__(1), lambda: (1.5).__floor__(1), lambda: (5).__floor__(1), lambda: (5).__bool__(1)]:
    try: f()
    except TypeError as e: print(e)
