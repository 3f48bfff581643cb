# Argument errors of builtins, with CPython's messages.
for src in ['sum()', 'sum([1], 2, 3)', 'sum([1], start=5)', 'pow()', 'pow(2)', 'pow(exp=2)',
            'pow(base=2, exp=3)', 'pow(2, 3, mod=5)', 'round(1.5, 1, 2)', 'round(2.5)',
            'globals(1)', 'locals(1)', 'eval("1", 1)', 'eval("1", {}, 1)', 'exec("1", 1)',
            'sorted([], reverse="x")', 'sorted([2, 1], reverse=1)', 'sorted([1, 2], reverse=0.0)',
            'list.append()', 'list.append([], 1, 2)', 'set.add()', 'str.upper()', 'dict.keys()']:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)
