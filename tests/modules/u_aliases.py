import utime
import ustruct
import ubinascii
import uerrno
import uhashlib
import uheapq
import urandom
print(utime.ticks_diff(5, 3), ustruct.pack("<H", 258), ubinascii.hexlify(b"\x01"), uerrno.ENOENT)
print(uhashlib.sha1(b"").hexdigest(), uheapq.nsmallest(1, [3, 1]), 0 <= urandom.getrandbits(4) < 16)
try:
    ustruct.unpack("<I", b"")
except ustruct.error as e:
    print("ustruct.error", e)
try:
    ubinascii.unhexlify("0")
except ubinascii.Error as e:
    print("ubinascii.Error", e)
try:
    import umath
except ImportError:
    print("no umath")
