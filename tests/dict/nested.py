# Nested dicts and lists; counting and grouping.
inventory = {"fruit": {"apple": 3, "pear": 0}, "veg": {"leek": 2}}
inventory["fruit"]["apple"] += 1
inventory.setdefault("grain", {})["rice"] = 10
print(inventory)
for cat in inventory:
    total = 0
    for item, n in inventory[cat].items():
        total += n
    print(cat, total)
groups = {}
for w in "apple avocado banana blueberry cherry".split():
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
