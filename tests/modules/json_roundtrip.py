# json: dumps with indent/separators/sort_keys/ensure_ascii, loads of every value kind, errors.
import json
data = {"name": "Pyrite", "version": [0, 1], "ok": True, "none": None, "pi": 3.14,
        "nested": {"z": 1, "a": [1, 2, {"x": "é"}]}, "empty": [], "e2": {}}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1.5, 1e100, -0.0, 10**20, "tab\there", "\u2603\U0001f600"]))
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": "x\\ny\\u00e9\\ud83d\\ude00", "c": {}}'
obj = json.loads(text)
print(obj, obj["b"], len(obj["b"]))
print(json.loads(json.dumps(data)) == data, json.loads(" [ ] "), json.loads('"\\/"'))
print(json.loads('{"k": 1}', object_pairs_hook=lambda p: p), json.loads("1.25", parse_float=str))
for bad in ['{"a": 1,}', "[1 2]", "", "nul", '{"a" 1}', '"abc', "[1] x", "{1: 2}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.pos, isinstance(e, ValueError))
for bad in [{1j: 1}, object(), float("nan")]:
    try:
        json.dumps(bad, allow_nan=False)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at ")[0])
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps("x", default=str))
