# str.format and format_map errors, with CPython's messages
cases = ['"{0}".format()', '"{}{0}".format(1, 2)', '"{0}{}".format(1, 2)', '"{x}".format(1)',
         '"{".format(1)', '"}".format(1)', '"a}b".format()', '"{0!x}".format(1)', '"{0:{1}}".format(1)',
         '"{0.foo}".format(1)', '"{0[1]}".format([1])', '"{0!}".format(1)', '"{0!rr}".format(1)',
         '"{:{:{}}}".format(1, 2, 3)', '"{0[}".format(1)', '"{0]}".format(1)', '"{0.}".format(1)',
         '"{[}".format(1)', '"{ 0}".format(1)', '"{-1}".format(1)', '"{0[-1]}".format([1, 2])',
         '"{0!:}".format(1)', '"{0[]}".format(1)', '"{0[0]x}".format([1])', '"{0..a}".format(1)',
         '"{}".format(x=1)', '"{}".format_map({})', '"{a}".format_map({})', '"{0[1]".format(1)',
         '"{!}".format(1)', '"{0:d}".format("a")', '"{a{b}".format(a=1)', '"{0:}}".format(1)',
         '"{x.y}".format_map({"x": 1})', '"{}".format_map()', '"{0}".format_map({0: 1})',
         '"{:>{}}".format("a")', '"{0:{a}}".format(1, a="q")', '"{a[0]}".format(a={})']
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(c, "->", type(e).__name__, e)
print("{a}".format_map({"a": 1}), "{a[b]}".format_map({"a": {"b": 2}}), "x".format_map(5))
