import time
t1 = time.time()
n1 = time.time_ns()
m1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0.02)
t2 = time.time()
n2 = time.time_ns()
m2 = time.monotonic()
p2 = time.perf_counter()
print(type(t1).__name__, type(n1).__name__, type(m1).__name__)
print(t2 >= t1, n2 > n1, m2 - m1 >= 0.015, p2 - p1 >= 0.015)
print(abs(n1 / 1e9 - t1) < 5, t1 > 1.6e9)
time.sleep(0)
time.sleep(1e-4)
for bad in (-1, "1", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
