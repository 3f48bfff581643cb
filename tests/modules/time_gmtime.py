import time
for s in [0, 1, 86399, 86400, 951782400, 1000000000, 1234567890, 1700000000,
          4102444800, -1, -86400, -2208988800, 253402300799, 68169600]:
    print(s, tuple(time.gmtime(s)[:8]))
print(tuple(time.gmtime(1.9)[:8]), tuple(time.gmtime(-0.5)[:8]))
now = time.gmtime()
print(len(now) >= 8, now[0] >= 2024, 1 <= now[1] <= 12, 0 <= now[6] <= 6)
print(len(time.localtime()) >= 8, len(time.localtime(0)) >= 8)
try:
    time.gmtime("x")
except TypeError:
    print("TypeError")
