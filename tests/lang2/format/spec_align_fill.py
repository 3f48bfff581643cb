# Format spec: fill characters, alignment, width on strings, ints and floats; nested widths.
words = ["a", "bb", "cccc"]
for w in words:
    print(f"|{w:<6}|{w:>6}|{w:^6}|{w:*^7}|{w:.>5}|")
for n in (0, 7, -42, 1234):
    print(f"|{n:6}|{n:<6}|{n:^6}|{n:=+7}|{n:0>6}|{n:x<5}|")
for x in (3.14159, -2.5, 1000.0):
    print(f"|{x:10.3f}|{x:<10.2f}|{x:^+10.1f}|{x:#^12.4g}|")
width, prec = 12, 3
print(f"|{3.14159:{width}.{prec}f}|{'hi':{'>'}{width}}|{42:{'0'}{width - 4}d}|")
print("|{:{}}|{:{}{}}|".format("x", 5, "y", ">", 4))
print("|{0:{1}.{2}}|".format(2.718281828, 9, 4))
print(format("text", "^10"), format(5, "03"), format(-5, "04"), format(5, "=5"))
print(f"{'é':_^5}|{'':-^4}|{'long string':4}|{'trunc':.3}|{'trunc':>8.2}|")
print("{:<{w}}|{:>{w}}".format("L", "R", w=4))
for spec in ("<", ">", "^", "="):
    try:
        print(repr(format("s", spec + "5")))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(1, "<<5")
except ValueError as e:
    print(type(e).__name__, e)
