# An uncaught ExceptionGroup: the last stderr line names the group and its count.
print("raising group")
raise ExceptionGroup("several problems", [ValueError("a"), TypeError("b")])
