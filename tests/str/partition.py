# partition and rpartition.
for s in ["key=value", "a=b=c", "novalue", "=lead", "trail="]:
    print(s.partition("="), s.rpartition("="))
print("path/to/file.txt".rpartition("/")[2], "path/to/file.txt".partition("/")[0])
try:
    "x".partition("")
except ValueError as e:
    print("ValueError", e)
