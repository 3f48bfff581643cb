# Run by tests/stdin_pipe.rs: the binary layers of the console streams.
import sys

print(sys.stdin.buffer.readline())
print(sys.stdin.buffer.read(3), sys.stdin.buffer.readlines())
print(list(sys.stdin.buffer), sys.stdin.buffer.read())
sys.stdout.flush()
print(sys.stdout.buffer.write(b"raw bytes\n"))
sys.stdout.buffer.flush()
