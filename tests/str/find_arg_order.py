# str.find and friends check the bounds before the type of the substring, as CPython.
for src in ["'abc'.find(1, 'x')", "'abc'.find('a', 'x')", "'abc'.find(1)", "'abc'.rfind(1, None, 'y')",
            "'abc'.index(1, 1.5)", "'abc'.find('c', None, None)", "'abc'.rindex('a', -5, 99)"]:
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, e)
