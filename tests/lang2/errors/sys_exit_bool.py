# sys.exit(True): a bool is an int, so the status is 1 and nothing is printed to stderr.
import sys
print("exiting with True")
sys.exit(True)
