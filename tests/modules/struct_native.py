import struct
for fmt in ["b", "h", "i", "l", "q", "bh", "hb", "bi", "bq", "hd", "b0i", "id", "bP", "bn", "?e", "cf", "3sI", "@bN"]:
    print(fmt, struct.calcsize(fmt), struct.calcsize("=" + fmt.replace("P", "").replace("n", "").replace("N", "").replace("@", "")))
print(struct.pack("bi", 1, 2), struct.pack("bh", 1, 2), struct.pack("hb", 1, 2))
print(struct.unpack("bi", struct.pack("bi", -1, -2)), struct.pack("@bq", 1, 2))
print(struct.unpack("=bi", b"\x01\x02\x00\x00\x00"), struct.pack("=bi", 1, 2))
print(struct.pack("nN", -3, 4), struct.unpack("P", struct.pack("P", 1234)))
