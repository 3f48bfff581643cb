# match inside loops and functions: early return, nested matches, walrus in guards, capture reuse after match.
def classify_all(items):
    results = []
    for item in items:
        match item:
            case {"kind": "num", "value": v} if (sq := v * v) > 50:
                results.append(f"big square {sq}")
            case {"kind": "num", "value": v}:
                results.append(f"num {v}")
            case {"kind": "list", "items": [*xs]}:
                match xs:
                    case []:
                        results.append("empty list")
                    case [x] if isinstance(x, dict):
                        results.append("wrapped " + classify_all([x])[0])
                    case [*_, last]:
                        results.append(f"list ending {last}")
            case {"kind": "stop"}:
                results.append("stop")
                break
            case {"kind": k}:
                results.append(f"unknown kind {k}")
                continue
        results.append("-")
    return results
print(classify_all([{"kind": "num", "value": 3}, {"kind": "num", "value": 9}, {"kind": "list", "items": []},
                    {"kind": "list", "items": [{"kind": "num", "value": 20}]}, {"kind": "list", "items": [1, 2]},
                    {"kind": "weird"}, {"kind": "stop"}, {"kind": "num", "value": 1}]))
def first_match(pairs):
    for p in pairs:
        match p:
            case (k, v) if v is not None:
                return k, v
    return None
print(first_match([("a", None), ("b", 2), ("c", 3)]), first_match([]))
point = (3, 4)
match point:
    case (x, y):
        pass
print("captured outside:", x, y)
