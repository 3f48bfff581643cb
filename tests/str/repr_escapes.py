# repr picks quotes and escapes control characters.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "bs\\",
          "\x00\x01\x1f\x7f", "é ü", "\u200b", "😀", "\x80\xa0", "", "'", '"']:
    print(repr(s))
print(str("x\ny"))
print([["a'b", 'c"d']])
print(repr(repr("q")))
