# replace, find, rfind, index, rindex, count.
s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("at", "og", 2), s.replace("the ", ""), s.replace("", "-")[:10])
print(s.find("at"), s.find("at", 6), s.find("at", 6, 8), s.find("zz"), s.rfind("at"), s.rfind("the"))
print(s.index("sat"), s.rindex("t"), s.count("at"), s.count("t"), s.count(""), s.count("at", 10))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "abc".find(""), "abc".rfind(""))
try:
    s.index("dog")
except ValueError as e:
    print("ValueError", e)
print("héhé".find("é"), "héhé".rfind("é"))
