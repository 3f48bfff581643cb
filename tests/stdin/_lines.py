# Run by tests/stdin_pipe.rs with text piped to standard input (never mixing the text and
# binary layers, whose read-ahead differs from CPython's by design).
import sys

print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.read(4)))
print(repr(input("name? ")))
count = 0
for line in sys.stdin:
    count += 1
    print(count, line.rstrip("\n").upper())
    if line.startswith("stop"):
        break
print(sys.stdin.readlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
print(sys.stdout.write("counted\n"))
sys.stdout.flush()
