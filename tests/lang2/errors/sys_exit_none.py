# raise SystemExit with None: status 0; finally blocks run on the way out.
import sys
def main():
    try:
        print("in main")
        sys.exit(None)
    finally:
        print("finally before exit")
main()
print("never printed")
