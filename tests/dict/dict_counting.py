# Counting and inverting with dicts; get vs setdefault vs in.
votes = "red blue red green blue red yellow green red".split()
tally = {}
for v in votes:
    if v in tally:
        tally[v] += 1
    else:
        tally[v] = 1
print(tally)
winner = max(tally, key=tally.get)
print(winner, tally[winner])
by_count = {}
for colour, n in tally.items():
    by_count.setdefault(n, []).append(colour)
print(by_count, sorted(by_count.items(), reverse=True))
print(len(tally), sum(tally.values()), list(tally.keys())[0], tally.get("purple", 0))
