# A realistic use: parsing device log lines with named groups, counting levels and errors
import re

LINE = re.compile(r'^(?P<ts>\d{2}:\d{2}:\d{2})\s+\[(?P<level>[A-Z]+)\]\s+(?P<src>[\w.]+):\s*(?P<msg>.*)$')
log = """12:00:01 [INFO] net.wifi: connected to "home" rssi=-61
12:00:02 [DEBUG] sensor.bme280: t=21.5 h=40.2 p=1013.2
garbage line
12:00:05 [WARN]  sensor.bme280: read retry 2/3
12:00:09 [ERROR] net.mqtt: publish failed (code=-3) after 3 tries
12:01:00 [INFO] sys: heap free=41232 alloc=23011"""
counts = {}
for raw in log.split('\n'):
    m = LINE.match(raw)
    if not m:
        print('skip:', repr(raw))
        continue
    d = m.groupdict()
    counts[d['level']] = counts.get(d['level'], 0) + 1
    nums = {k: float(v) for k, v in re.findall(r'(\w+)=(-?\d+(?:\.\d+)?)', d['msg'])}
    print(d['ts'], d['level'].ljust(5), d['src'], nums)
print(sorted(counts.items()))
errors = re.findall(r'^\S+ \[ERROR\] ([\w.]+): (.*)$', log, re.M)
print(errors)
quoted = re.search(r'"([^"]*)"', log)
print(quoted.group(1), quoted.span())
print(re.sub(r'\d{2}:\d{2}:\d{2}', lambda m: m.group().replace(':', 'h', 1), log.splitlines()[0]))
print(re.split(r'\s*\[\w+\]\s*', log.splitlines()[1]))
