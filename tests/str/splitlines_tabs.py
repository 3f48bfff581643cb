# splitlines and expandtabs.
text = "line1\nline2\r\nline3\rline4\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "x\n".splitlines(), "\n".splitlines())
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td".expandtabs(4)), repr("12345\t6".expandtabs(4)))
print(repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(2)))
