import time
t0 = time.ticks_ms()
u0 = time.ticks_us()
c0 = time.ticks_cpu()
time.sleep_ms(15)
time.sleep_us(2000)
t1 = time.ticks_ms()
u1 = time.ticks_us()
print(time.ticks_diff(t1, t0) >= 15, time.ticks_diff(u1, u0) >= 15000)
print(0 <= t0 < 2**30, 0 <= u0 < 2**30, 0 <= c0 < 2**30)
print(time.ticks_add(0, -1), time.ticks_add(2**30 - 1, 1), time.ticks_add(100, 200))
print(time.ticks_diff(0, 2**30 - 1), time.ticks_diff(2**30 - 1, 0), time.ticks_diff(5, 10))
print(time.ticks_diff(2**29, 0), time.ticks_diff(2**29 - 1, 0))
print(time.ticks_diff(time.ticks_add(12345, 2**29 - 1), 12345))
print(time.ticks_diff(time.ticks_add(12345, -2**29 + 1), 12345))
for delta in (2**29, -2**29, 2**40):
    try:
        time.ticks_add(0, delta)
    except OverflowError as e:
        print("OverflowError", e)
deadline = time.ticks_add(time.ticks_ms(), 20)
n = 0
while time.ticks_diff(deadline, time.ticks_ms()) > 0:
    time.sleep_ms(1)
    n += 1
print(n < 1000, time.ticks_diff(time.ticks_ms(), deadline) >= 0)
time.sleep_ms(0)
time.sleep_ms(-5)
time.sleep_us(-1)
print(time.mktime((2000, 1, 1, 0, 0, 0, 0, 0)), time.mktime((1970, 1, 1, 0, 0, 0, 3, 1)))
print(time.mktime((2024, 2, 29, 12, 30, 45, 0, 0)), time.mktime((2023, 14, 1, 0, 0, 0, 0, 0)))
print(time.mktime((2024, 1, 32, 25, 0, 0, 0, 0)), time.mktime((1969, 12, 31, 23, 59, 59, 0, 0)))
print(time.gmtime(time.mktime((2021, 6, 15, 8, 9, 10, 0, 0))))
