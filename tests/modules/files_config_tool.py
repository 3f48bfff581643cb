# A settings file reader/writer as a device program would have one: defaults, a key = value
# file with comments and sections, typed values, an atomic save (write a temporary file,
# rename over the old one), and a log appended on each change.
import os
try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit

D = "_tmp_files_config_tool"
CONF = D + "/settings.conf"
LOG = D + "/changes.log"
DEFAULTS = {"net": {"ssid": "home", "retries": 3}, "sensor": {"period": 2.5, "enabled": True}}


def parse_value(text):
    if text in ("true", "false"):
        return text == "true"
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    return text


def load(path):
    conf = {s: dict(v) for s, v in DEFAULTS.items()}
    try:
        f = open(path)
    except OSError as e:
        print("no settings yet:", type(e).__name__, e.errno)
        return conf
    with f:
        section = None
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("[") and line.endswith("]"):
                section = conf.setdefault(line[1:-1], {})
            elif "=" in line and section is not None:
                k, v = line.split("=", 1)
                section[k.strip()] = parse_value(v.strip())
            else:
                print("line", n, "ignored:", line)
    return conf


def fmt(v):
    return ("true" if v else "false") if isinstance(v, bool) else str(v)


def save(path, conf):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write("# written by files_config_tool\n")
        for section in sorted(conf):
            f.write("[" + section + "]\n")
            for k in sorted(conf[section]):
                print(k, "=", fmt(conf[section][k]), file=f)
    os.rename(tmp, path)
    with open(LOG, "a") as log:
        log.write("saved %d sections\n" % len(conf))


if not os.path.isdir(D):
    os.mkdir(D)
conf = load(CONF)
print(conf)
save(CONF, conf)
with open(CONF, "a") as f:
    f.write("\n[net]  # override\nretries = 7\nbogus line\n[display]\nbrightness=0.75\nname = hall  \n")
conf = load(CONF)
print(conf["net"], conf["display"], conf["sensor"]["enabled"])
conf["sensor"]["enabled"] = False
save(CONF, conf)
print(open(CONF).read())
print(load(CONF) == conf, sorted(os.listdir(D)))
with open(LOG) as log:
    print(log.readlines())
for n in os.listdir(D):
    os.remove(D + "/" + n)
os.rmdir(D)
