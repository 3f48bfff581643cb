# Uncaught exception raised explicitly with a message.
def check(n):
    if n > 2:
        raise ValueError("n too large: " + str(n))
    return n
for i in range(5):
    print(check(i))
