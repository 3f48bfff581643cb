# Slice bounds clamping and negative indices.
l = [0, 1, 2, 3, 4]
for start in (None, -10, -2, 0, 3, 10):
    for stop in (None, -10, -1, 2, 10):
        print(start, stop, l[start:stop], l[start:stop:-1])
