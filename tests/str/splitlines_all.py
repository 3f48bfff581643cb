# splitlines: every line boundary, keepends positional and keyword, errors
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ["", "\n", "\n\n", "a\n", "a\r", "a\r\n", "\r\n\r\n", "a\n\rb", "no newline", "x\r\r\ny"]:
    print(repr(t), t.splitlines(), t.splitlines(1), t.splitlines(keepends=0))
print("a\tb\n".splitlines(False), "é\nü".splitlines())
for bad in [lambda: "a".splitlines(1, 2), lambda: "a".splitlines(x=1), lambda: "a".splitlines(1.5),
            lambda: "a".splitlines(True, keepends=True)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(len("line1\nline2\nline3".splitlines()), "\n".join("a\nb\n".splitlines()))
