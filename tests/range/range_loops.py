# range in loops with negative steps and computed bounds.
n = 5
for i in range(n, 0, -1):
    print("*" * i)
for i in range(-3, 4, 2):
    print(i, end=" ")
print()
total = 0
for i in range(1, 100, 7):
    total += i
print(total)
print([i for i in range(20, -1, -5)], list(range(-10, -20, -3)))
