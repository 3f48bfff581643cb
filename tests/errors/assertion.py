# Uncaught AssertionError with a message.
total = sum(range(5))
print("total", total)
assert total == 10, "first check"
assert total == 11, "sum was " + str(total)
