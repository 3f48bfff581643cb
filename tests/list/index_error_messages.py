# Index errors name the operation: "assignment" in the IndexError of a store or delete, but
# the TypeError of a bad index type is the same for reading, storing and deleting.
items = [1, 2, 3]
for code in ["items[5]", "items[5] = 0", "del items[5]", "items['a']", "items['a'] = 0",
             "del items['a']", "items[1.5]", "del items[None]", "items[-4]", "del items[-4]",
             "b'x'.expandtabs(1, 2)", "'x'.expandtabs(1, 2)", "bytearray(b'x')[9]",
             "bytearray(b'x')[9] = 1"]:
    try:
        exec(code)
        print(code, "ok", items)
    except (IndexError, TypeError) as e:
        print(code, "->", type(e).__name__, e)
