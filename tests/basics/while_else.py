# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("else ran", i)
j = 0
while True:
    j += 1
    if j > 3:
        break
print("j", j)
k = 0
while k < 10:
    if k == 4:
        print("break at", k)
        break
    k += 1
else:
    print("not printed")
n = 0
while n < 0:
    print("never")
else:
    print("empty while else")
