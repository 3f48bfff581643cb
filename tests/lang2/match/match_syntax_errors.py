# Invalid match statements are SyntaxErrors at compile time.
bad = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case {**rest, 'k': v}:\n        pass\n",
    "match x:\n    case (a, a):\n        pass\n",
    "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case f():\n        pass\n" if False else "match x:\n    case _ | 1:\n        pass\n",
]
for src in bad:
    try:
        compile(src, "<match>", "exec")
        print("compiled (unexpected)")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
ok = "match x:\n    case 1 | 2 as n:\n        pass\n    case -3j:\n        pass\n    case 1+2j:\n        pass\n"
compile(ok, "<ok>", "exec")
print("valid complex literal patterns compile")
