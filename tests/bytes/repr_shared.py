# repr of str, bytes and bytearray share one quoting routine: the quote choice, the escapes of
# controls, backslashes and quotes, non-ASCII text kept unless unprintable, bytes above 126 as
# \x escapes, and bytearray's habit of escaping ' even inside "...".
for s in ["", "a'b", 'a"b', "a'\"b", "\\\n\r\t\x00\x1f\x7f\x80\x85\xa0\xad\xff",
          "é€\u2028😀\U000e0001\ufeff", "\x7e"]:
    print(repr(s), repr(s.encode()), repr(bytearray(s.encode())))
print(repr(bytes(range(256))))
print(repr(bytearray(b"it's \"x\"")), repr(bytearray(b"it's")), repr(b"it's \"x\""))
print(ascii("é€\U0001f600'"), ascii(b"\xff'"))
