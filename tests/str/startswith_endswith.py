# startswith/endswith with tuples and ranges; in operator.
s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.startswith("name", 4), s.endswith(".gz"))
print(s.endswith((".zip", ".gz")), s.startswith(("a", "b")), s.endswith("tar", 0, 12))
print("" .startswith(""), "abc".endswith(""), "a".startswith("abc"))
print("cat" in "concatenate", "dog" in "concatenate", "" in "x", "é" in "café")
print("abc" not in "xabcx")
