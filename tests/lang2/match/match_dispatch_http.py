# Routing HTTP-like requests with match: methods, path segments, query dicts and guards.
def route(request):
    match request:
        case {"method": "GET", "path": ["users"]}:
            return 200, "list users"
        case {"method": "GET", "path": ["users", str(uid)]} if uid.isdigit():
            return 200, f"user {int(uid)}"
        case {"method": "GET", "path": ["users", uid]}:
            return 400, f"bad user id {uid!r}"
        case {"method": "POST", "path": ["users"], "body": {"name": str(name), **extra}}:
            return 201, f"created {name} with {sorted(extra)}"
        case {"method": "POST", "path": ["users"]}:
            return 422, "missing name"
        case {"method": "DELETE" | "PUT" as m, "path": ["users", uid]}:
            return 405, f"{m} not allowed on {uid}"
        case {"method": "GET", "path": ["search"], "query": {"q": q, "page": int(p)}}:
            return 200, f"search {q!r} page {p}"
        case {"method": "GET", "path": ["search"], "query": {"q": q}}:
            return 200, f"search {q!r} page 1"
        case {"method": str(m), "path": [*parts]}:
            return 404, f"no route for {m} /{'/'.join(parts)}"
        case _:
            return 500, "malformed request"
reqs = [
    {"method": "GET", "path": ["users"]},
    {"method": "GET", "path": ["users", "42"]},
    {"method": "GET", "path": ["users", "abc"]},
    {"method": "POST", "path": ["users"], "body": {"name": "ann", "age": 3, "admin": False}},
    {"method": "POST", "path": ["users"], "body": {"age": 3}},
    {"method": "PUT", "path": ["users", "1"]},
    {"method": "GET", "path": ["search"], "query": {"q": "py", "page": 2}},
    {"method": "GET", "path": ["search"], "query": {"q": "py", "page": "2"}},
    {"method": "PATCH", "path": ["a", "b"]},
    {"path": []},
    "GET /",
]
for r in reqs:
    code, msg = route(r)
    print(code, msg)
