# Character classification methods.
tests = ["123", "12.3", "abc", "abc1", "ABC", "Abc", "   ", "", "\t\n", "é", "٣", "x y", "_", "AB1"]
for s in tests:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum(), s.isupper(), s.islower(),
          s.isdecimal(), s.isnumeric(), s.isidentifier(), s.istitle())
