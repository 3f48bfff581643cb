# A resource manager: devices opened through an ExitStack, rolled back on failure, with a
# contextmanager transaction, suppress, redirect_stdout for a captured report, and a
# traceback summary of what went wrong.
import io
import traceback
from contextlib import ExitStack, contextmanager, suppress, redirect_stdout, closing


class DeviceError(Exception):
    pass


class Device:
    opened = []

    def __init__(self, name, fail_open=False):
        self.name = name
        self.fail_open = fail_open
        self.log = []

    def __enter__(self):
        if self.fail_open:
            raise DeviceError(f"cannot open {self.name}")
        Device.opened.append(self.name)
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        Device.opened.remove(self.name)
        print("close", self.name, "after", et.__name__ if et else "success")
        return False

    def write(self, data):
        if data == "bad":
            raise ValueError(f"{self.name} rejected {data!r}")
        self.log.append(data)

    def close(self):
        print("closing handle", self.name)


@contextmanager
def transaction(device):
    snapshot = list(device.log)
    try:
        yield device
    except ValueError:
        device.log[:] = snapshot
        print("rolled back", device.name)
        raise
    else:
        print("committed", device.name, device.log)


def run(names, payload, failing=()):
    with ExitStack() as stack:
        devices = [stack.enter_context(Device(n, n in failing)) for n in names]
        stack.callback(print, "all devices released")
        for d in devices:
            with transaction(d):
                for item in payload:
                    d.write(item)
        return [d.log for d in devices]


print(run(["uart", "spi"], ["a", "b"]))
try:
    run(["uart", "spi"], ["a", "bad"])
except ValueError as e:
    print("failed:", e, "| still open:", Device.opened)
try:
    run(["uart", "i2c", "spi"], ["x"], failing={"i2c"})
except DeviceError as e:
    print("failed:", e, "| still open:", Device.opened)
    print(traceback.format_exception_only(e)[0], end="")
    print([f.name for f in traceback.extract_tb(e.__traceback__)])


def staged_setup():
    with ExitStack() as stack:
        a = stack.enter_context(Device("adc"))
        b = stack.enter_context(Device("dac"))
        keep = stack.pop_all()
    print("setup done, kept open:", Device.opened)
    return keep, a, b


keep, a, b = staged_setup()
with keep:
    a.write("sample")
print("after keep:", Device.opened, a.log)
report = io.StringIO()
with redirect_stdout(report):
    with suppress(DeviceError):
        run(["pwm"], ["p"], failing={"pwm"})
    with closing(Device("gpio")):
        print("using gpio")
print(report.getvalue().splitlines())
