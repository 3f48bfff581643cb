# sorted is stable: multi-key sorting by successive passes.
people = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"),
          ("eve", 35, "NY"), ("frank", 30, "NY")]
by_city = sorted(people, key=lambda p: p[2])
by_age_then_city = sorted(by_city, key=lambda p: p[1])
for p in by_age_then_city:
    print(p)
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
data = [(i % 4, i) for i in range(12)]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
