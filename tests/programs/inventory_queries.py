# Queries over a list of records (dicts): filter, group, join, aggregate.
books = [
    {"id": 1, "title": "Dune", "author": 10, "year": 1965, "tags": ["scifi", "classic"]},
    {"id": 2, "title": "Emma", "author": 11, "year": 1815, "tags": ["classic", "romance"]},
    {"id": 3, "title": "Neuromancer", "author": 12, "year": 1984, "tags": ["scifi", "cyberpunk"]},
    {"id": 4, "title": "Persuasion", "author": 11, "year": 1817, "tags": ["romance"]},
    {"id": 5, "title": "Children of Dune", "author": 10, "year": 1976, "tags": ["scifi"]},
]
authors = {10: "Herbert", 11: "Austen", 12: "Gibson"}
loans = [(1, "ann"), (3, "bob"), (1, "cid"), (4, "ann"), (5, "ann")]
print([b["title"] for b in books if b["year"] > 1900])
by_author = {}
for b in books:
    by_author.setdefault(authors[b["author"]], []).append(b["title"])
for name in sorted(by_author):
    print(name, by_author[name])
tag_counts = {}
for b in books:
    for t in b["tags"]:
        tag_counts[t] = tag_counts.get(t, 0) + 1
print(sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0])))
index = {b["id"]: b for b in books}
for book_id, who in loans:
    b = index[book_id]
    print(who, "borrowed", repr(b["title"]), "by", authors[b["author"]])
per_person = {}
for book_id, who in loans:
    per_person[who] = per_person.get(who, 0) + 1
print(max(per_person, key=per_person.get), per_person)
oldest = min(books, key=lambda b: b["year"])
print(oldest["title"], sum(b["year"] for b in books) // len(books))
never = [b["title"] for b in books if b["id"] not in {i for i, _ in loans}]
print(never)
