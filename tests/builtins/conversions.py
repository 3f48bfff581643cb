# int/float/str/bool conversions.
print(int(True), int(2.9), int("-5"), int(" 7 "), float(3), float("1e2"), float(False))
print(str(3), str(3.0), str(-0.0), str(None), str(False), str([1.0]), str("x"))
print(bool(""), bool("0"), bool([]), bool([0]), bool(0.0), bool(-1), bool(None), bool())
print(int(), float(), str(), repr(str()), list(), tuple(), dict())
print(int("10") + int(10.0) + int(True), float(int("3")) / 2)
print(list((1, 2)), tuple([1, 2]), list({"a": 1}), set([1, 1]) == {1}, list(range(3)), tuple(range(2)))
