# sys.exit(n) after printing: the exit status is n, nothing on stderr.
import sys
def main():
    print("working")
    try:
        return 3
    finally:
        print("cleanup")
code = main()
print("exiting with", code)
sys.exit(code)
