# Time-windowed aggregation over an event stream: generators for windows, sessionisation, and top-k via sorted.
EVENTS = [(0, "ann", "view"), (2, "bob", "view"), (3, "ann", "click"), (9, "ann", "view"), (11, "cy", "buy"),
          (12, "bob", "click"), (25, "ann", "buy"), (26, "cy", "view"), (40, "bob", "view"), (41, "bob", "buy")]
def tumbling(events, size):
    window, start = [], 0
    for t, user, kind in events:
        while t >= start + size:
            yield start, window
            window, start = [], start + size
        window.append((t, user, kind))
    yield start, window
def sessions(events, gap):
    last_seen, current = {}, {}
    for t, user, kind in events:
        if user in last_seen and t - last_seen[user] > gap:
            yield user, current.pop(user)
        current.setdefault(user, []).append(kind)
        last_seen[user] = t
    for user in sorted(current):
        yield user, current[user]
def counts(window):
    c = {}
    for _, _, kind in window:
        c[kind] = c.get(kind, 0) + 1
    return dict(sorted(c.items()))
for start, w in tumbling(EVENTS, 10):
    print(f"[{start:>2},{start + 10:>2}) {len(w)} events {counts(w)}")
for user, kinds in sessions(EVENTS, 10):
    print(f"session {user:<3} {kinds}")
def top_users(events, k):
    score = {}
    for _, user, kind in events:
        score[user] = score.get(user, 0) + {"view": 1, "click": 2, "buy": 5}[kind]
    return sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
print(top_users(EVENTS, 2))
print(sum(1 for _ in tumbling([], 5)), list(sessions([], 1)))
